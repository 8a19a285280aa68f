cx-standards --lang tl examples/standards/harbourview-hotels.yaml
