cx-standards -f junit examples/standards/harbourview-hotels.yaml
