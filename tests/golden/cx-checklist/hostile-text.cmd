cx-checklist tests/golden/cx-checklist/data/hostile.yaml
