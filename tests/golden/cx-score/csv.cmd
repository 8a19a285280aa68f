cx-score --format csv examples/score/sparkle-cleaning.yaml
