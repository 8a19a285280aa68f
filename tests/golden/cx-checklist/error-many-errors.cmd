cx-checklist tests/data/checklist/many-errors-checklist.yaml
