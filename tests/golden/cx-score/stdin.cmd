cx-score -f csv - < examples/score/harbour-dental.yaml
