cx-score -f html --paper letter examples/score/harbour-dental.yaml
