cx-standards -f csv examples/standards/harbourview-hotels.yaml
