cx audit --today 2026-11-23 examples/audit/sparkle-cleaning.yaml
