cx-score -q tests/data/score/many-errors-questionnaire.yaml examples/score/harbour-dental.yaml
