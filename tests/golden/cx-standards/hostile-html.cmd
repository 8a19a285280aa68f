cx-standards -f html --date 2026-12-01 tests/data/standards/hostile.yaml
