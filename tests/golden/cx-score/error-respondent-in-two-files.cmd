cx-score examples/score/sparkle-cleaning.yaml tests/data/score/sparkle-owner-resent.yaml
