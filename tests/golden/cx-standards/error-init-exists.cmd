cx-standards --init -o examples/standards/harbourview-hotels.yaml
