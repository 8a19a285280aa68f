cx-checklist -f markdown de-escalation
