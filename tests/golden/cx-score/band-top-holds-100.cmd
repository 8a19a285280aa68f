cx-score tests/data/score/answers-all-top.yaml
