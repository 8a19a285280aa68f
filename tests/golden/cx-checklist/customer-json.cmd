cx-checklist -f json --stage close --customer irritable
