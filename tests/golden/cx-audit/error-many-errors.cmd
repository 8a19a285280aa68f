cx-audit --today 2026-11-23 tests/data/audit/many-errors-policies.yaml
