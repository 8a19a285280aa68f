cx-score --encoding cp1252 -f csv --group-by Store tests/data/surveys/store-survey-cp1252.csv
