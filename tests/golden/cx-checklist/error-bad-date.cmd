cx-checklist -f html --date 2026-02-30
