cx-standards -f markdown examples/standards/harbourview-hotels.yaml
