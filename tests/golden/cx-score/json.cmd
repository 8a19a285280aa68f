cx-score -f json examples/score/sparkle-cleaning.yaml
