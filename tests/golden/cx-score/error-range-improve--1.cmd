cx-score --improve -1 examples/score/sparkle-cleaning.yaml
