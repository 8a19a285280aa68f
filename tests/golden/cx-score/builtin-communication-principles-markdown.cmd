cx-score -f markdown examples/score/crumb-and-co-communication-principles.yaml
