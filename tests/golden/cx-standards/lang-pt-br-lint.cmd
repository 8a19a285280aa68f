cx-standards --lang pt-BR examples/standards/harbourview-hotels.yaml
