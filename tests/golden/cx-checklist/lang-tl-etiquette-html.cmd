cx-checklist --lang tl -f html --date 2026-12-01 etiquette
