cx-checklist -f html --paper a5
