cx-score -f markdown examples/score/sparkle-cleaning.yaml
