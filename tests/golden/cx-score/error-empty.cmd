cx-score tests/data/score/empty.yaml
