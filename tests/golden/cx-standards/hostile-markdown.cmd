cx-standards -f markdown --date 2026-12-01 tests/data/standards/hostile.yaml
