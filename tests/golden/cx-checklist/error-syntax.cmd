cx-checklist tests/golden/cx-checklist/data/syntax.yaml
