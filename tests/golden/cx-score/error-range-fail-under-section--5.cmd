cx-score --fail-under-section -5 examples/score/sparkle-cleaning.yaml
