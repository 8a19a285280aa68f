cx-standards tests/data/standards/syntax.yaml
