cx-checklist tests/golden/cx-checklist/data/bad-mode.yaml
