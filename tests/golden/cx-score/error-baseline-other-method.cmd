cx-score --baseline tests/data/score/baseline-pomp.json examples/score/sparkle-cleaning.yaml
