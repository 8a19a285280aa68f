cx-checklist -f json de-escalation
