cx-score --fail-under nan examples/score/sparkle-cleaning.yaml
