cx-checklist tests/golden/cx-checklist/data/empty-stage.yaml
