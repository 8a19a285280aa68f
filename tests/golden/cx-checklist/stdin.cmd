cx-checklist -f json - --stage check-item < examples/checklists/returns-desk.yaml
