cx-checklist --lang zh-Hans de-escalation
