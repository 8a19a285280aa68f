cx-score -f pdf examples/score/harbour-dental.yaml
