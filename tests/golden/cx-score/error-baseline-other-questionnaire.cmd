cx-score --baseline tests/data/score/baseline-own.json examples/score/sparkle-cleaning.yaml
