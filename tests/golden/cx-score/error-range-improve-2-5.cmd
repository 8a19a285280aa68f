cx-score --improve 2.5 examples/score/sparkle-cleaning.yaml
