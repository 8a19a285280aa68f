cx-checklist -f markdown --date 2026-12-01 educating-staff
