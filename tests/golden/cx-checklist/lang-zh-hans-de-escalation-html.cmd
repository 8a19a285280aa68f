cx-checklist --lang zh-Hans -f html --date 2026-12-01 de-escalation
