cx-standards -f github examples/standards/harbourview-hotels.yaml
