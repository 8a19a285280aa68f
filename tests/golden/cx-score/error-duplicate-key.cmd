cx-score tests/data/score/duplicate-key.yaml
