cx-score tests/data/score/own-answers.yaml
