cx-score --group-by Store tests/data/surveys/store-survey.csv
