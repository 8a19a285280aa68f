cx-checklist -f html --date 2026-01-15 tests/golden/cx-checklist/data/multilingual.yaml
