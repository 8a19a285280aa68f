cx-checklist -f json phone-call
