cx-score --fail-below 50 examples/score/harbour-dental.yaml
