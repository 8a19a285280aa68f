cx-score tests/data/score/unknown-questionnaire.yaml
