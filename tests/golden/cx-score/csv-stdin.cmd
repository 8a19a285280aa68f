cx-score --input-format csv -f csv - < tests/data/surveys/store-survey.csv
