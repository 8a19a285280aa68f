cx-checklist -f html -o examples/checklists/returns-desk.yaml examples/checklists/returns-desk.yaml
