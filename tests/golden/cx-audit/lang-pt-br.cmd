cx-audit --today 2026-11-23 --lang pt-BR examples/audit/sparkle-cleaning.yaml
