cx-score -f html --min-change 10 --baseline tests/data/score/baseline-harbour.json examples/score/sparkle-cleaning.yaml
