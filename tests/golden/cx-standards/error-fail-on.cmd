cx-standards --fail-on sometimes examples/standards/harbourview-hotels.yaml
