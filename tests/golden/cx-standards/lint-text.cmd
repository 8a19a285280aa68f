cx-standards examples/standards/harbourview-hotels.yaml
