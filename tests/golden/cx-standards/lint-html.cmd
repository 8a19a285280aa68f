cx-standards -f html --date 2026-12-01 examples/standards/harbourview-hotels.yaml
