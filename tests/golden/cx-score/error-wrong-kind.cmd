cx-score tests/data/score/wrong-kind.yaml
