cx-score --min-change 101 --baseline tests/data/score/baseline-harbour.json examples/score/sparkle-cleaning.yaml
