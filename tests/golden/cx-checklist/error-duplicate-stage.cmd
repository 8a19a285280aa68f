cx-checklist tests/golden/cx-checklist/data/duplicate-stage.yaml
