cx-audit --today 2026-11-23 --lang tl examples/audit/sparkle-cleaning.yaml
