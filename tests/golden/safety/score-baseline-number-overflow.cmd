cx-score --baseline tests/data/safety/baseline-number-overflow.json tests/data/surveys/store-survey.csv
