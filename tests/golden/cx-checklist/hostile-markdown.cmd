cx-checklist -f markdown tests/golden/cx-checklist/data/hostile.yaml
