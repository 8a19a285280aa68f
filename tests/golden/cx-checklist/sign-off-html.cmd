cx-checklist -f html --sign-off --date 2026-12-01 phone-call
