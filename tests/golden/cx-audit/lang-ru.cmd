cx-audit --today 2026-11-23 --lang ru examples/audit/sparkle-cleaning.yaml
