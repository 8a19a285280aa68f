cx-score --baseline tests/data/surveys/baseline-q2.json tests/data/surveys/store-survey.csv
