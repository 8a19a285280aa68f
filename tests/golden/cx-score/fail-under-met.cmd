cx-score --fail-under 55 -f csv examples/score/sparkle-cleaning.yaml
