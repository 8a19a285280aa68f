cx-score -q tests/data/score/bad-questionnaire.yaml examples/score/harbour-dental.yaml
