cx-score tests/data/score/unknown-key.yaml
