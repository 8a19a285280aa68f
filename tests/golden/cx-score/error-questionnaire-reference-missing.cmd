cx-score tests/data/score/answers-missing-questionnaire.yaml
