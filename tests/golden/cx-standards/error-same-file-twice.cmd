cx-standards examples/standards/harbourview-hotels.yaml ./examples/standards/harbourview-hotels.yaml
