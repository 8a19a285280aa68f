cx-score --method median examples/score/harbour-dental.yaml
