cx-checklist examples/checklists/returns-desk.yaml
