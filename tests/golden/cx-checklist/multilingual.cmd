COLUMNS=50 cx-checklist tests/golden/cx-checklist/data/multilingual.yaml
