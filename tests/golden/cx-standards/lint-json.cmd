cx-standards -f json examples/standards/harbourview-hotels.yaml
