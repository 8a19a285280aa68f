GITHUB_ACTIONS=true cx-standards examples/standards/harbourview-hotels.yaml
