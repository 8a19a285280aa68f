cx-score -f markdown examples/score/harbour-dental.yaml
