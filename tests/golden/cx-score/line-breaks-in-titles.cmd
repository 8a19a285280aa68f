cx-score tests/data/score/multiline-answers.yaml
