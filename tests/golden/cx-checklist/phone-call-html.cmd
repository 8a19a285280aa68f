cx-checklist -f html --date 2026-01-15 phone-call
