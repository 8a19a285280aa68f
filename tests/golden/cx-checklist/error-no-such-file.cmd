cx-checklist no/such/checklist.yaml
