cx-score --fail-under 150 examples/score/sparkle-cleaning.yaml
