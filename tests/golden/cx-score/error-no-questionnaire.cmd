cx-score tests/data/score/answers-no-questionnaire.yaml
