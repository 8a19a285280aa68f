cx-score -f csv --group-by Store tests/data/surveys/store-survey.csv
