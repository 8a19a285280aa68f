cx-checklist -f markdown examples/checklists/returns-desk.yaml
