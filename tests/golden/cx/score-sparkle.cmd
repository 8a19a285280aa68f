cx score examples/score/sparkle-cleaning.yaml
