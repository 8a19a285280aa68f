cx-score --group-by Branch tests/data/surveys/store-survey.csv
