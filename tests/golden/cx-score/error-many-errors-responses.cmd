cx-score tests/data/score/many-errors-responses.yaml
