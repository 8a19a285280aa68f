cx-checklist tests/golden/cx-checklist/data/unknown-key.yaml
