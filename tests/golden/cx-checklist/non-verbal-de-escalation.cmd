cx-checklist de-escalation --stage non-verbal-face non-verbal-tone
