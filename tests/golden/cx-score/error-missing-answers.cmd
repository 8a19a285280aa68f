cx-score tests/data/score/missing-answers.yaml
