cx-score -f csv examples/score/crumb-and-co-communication-principles.yaml
