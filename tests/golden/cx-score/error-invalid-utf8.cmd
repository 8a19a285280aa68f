cx-score tests/data/score/latin1.yaml
