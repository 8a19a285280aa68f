cx-score tests/data/score/unknown-item.yaml
