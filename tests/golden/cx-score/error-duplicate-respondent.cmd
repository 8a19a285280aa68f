cx-score tests/data/score/duplicate-respondent.yaml
