cx-checklist -f json --date 2026-12-01 vision-and-mission
