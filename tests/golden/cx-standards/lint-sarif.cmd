cx-standards -f sarif examples/standards/harbourview-hotels.yaml
