cx-standards -f junit --date 2026-12-01 tests/data/standards/hostile.yaml
