cx-score --fail-under 65 -f csv examples/score/sparkle-cleaning.yaml
