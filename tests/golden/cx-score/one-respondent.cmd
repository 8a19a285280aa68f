cx-score examples/score/harbour-dental.yaml
