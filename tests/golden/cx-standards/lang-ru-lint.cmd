cx-standards --lang ru examples/standards/harbourview-hotels.yaml
