cx-score -f json --improve 1 --group-by Store tests/data/surveys/store-survey.csv
