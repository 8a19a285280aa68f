cx audit --today 2026-11-23 tests/golden/cx-audit/input/malformed.yaml
