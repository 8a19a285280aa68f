cx-score --improve 1001 examples/score/sparkle-cleaning.yaml
