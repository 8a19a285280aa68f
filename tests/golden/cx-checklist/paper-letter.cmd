cx-checklist -f html --paper letter --date 2026-01-15 etiquette
