cx-score --template responses tests/data/score/own-questionnaire.yaml
