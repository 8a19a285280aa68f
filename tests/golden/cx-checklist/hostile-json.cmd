cx-checklist -f json tests/golden/cx-checklist/data/hostile.yaml
