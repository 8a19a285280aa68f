cx-score -f html examples/score/sparkle-cleaning.yaml
