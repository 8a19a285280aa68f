cx-score -f text examples/score/crumb-and-co-communication-principles.yaml
