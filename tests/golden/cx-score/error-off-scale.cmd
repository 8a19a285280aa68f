cx-score tests/data/score/off-scale.yaml
