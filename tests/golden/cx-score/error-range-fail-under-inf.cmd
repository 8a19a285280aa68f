cx-score --fail-under inf examples/score/sparkle-cleaning.yaml
