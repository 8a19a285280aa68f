cx-score tests/data/score/syntax.yaml
