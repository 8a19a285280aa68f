cx-checklist -f html --date 2026-12-01 service-figures
