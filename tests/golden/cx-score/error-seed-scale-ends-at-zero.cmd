cx-score tests/data/score/agreement-answers.yaml
