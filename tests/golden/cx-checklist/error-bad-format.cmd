cx-checklist -f pdf
