cx-score --fail-under-section 40 -f csv examples/score/sparkle-cleaning.yaml
