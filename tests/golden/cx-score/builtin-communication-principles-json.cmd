cx-score -f json examples/score/crumb-and-co-communication-principles.yaml
