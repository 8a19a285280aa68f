cx-score --min-change 10 --baseline tests/data/score/baseline-harbour.json examples/score/sparkle-cleaning.yaml
