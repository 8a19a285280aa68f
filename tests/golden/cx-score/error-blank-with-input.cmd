cx-score --blank customer-service-quotient examples/score/harbour-dental.yaml
