cx-score --template responses customer-service-quotient -o examples/score/sparkle-cleaning.yaml
