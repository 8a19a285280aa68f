cx-audit --today 2026-11-23 --lang zh-Hans examples/audit/sparkle-cleaning.yaml
