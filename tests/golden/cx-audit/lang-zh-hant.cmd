cx-audit --today 2026-11-23 --lang zh-Hant examples/audit/sparkle-cleaning.yaml
