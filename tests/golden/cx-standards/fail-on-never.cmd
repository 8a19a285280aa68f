cx-standards --fail-on never examples/standards/harbourview-hotels.yaml
