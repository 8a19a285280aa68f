cx-checklist de-escalation
