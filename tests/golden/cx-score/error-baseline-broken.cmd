cx-score --baseline tests/data/surveys/baseline-broken.json tests/data/surveys/store-survey.csv
