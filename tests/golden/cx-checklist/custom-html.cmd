cx-checklist -f html --date 2026-03-02 examples/checklists/returns-desk.yaml
