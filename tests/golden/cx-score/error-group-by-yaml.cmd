cx-score --group-by Store examples/score/sparkle-cleaning.yaml
