cx-checklist tests/golden/cx-checklist/data/wrong-kind.yaml
