cx-score -f csv --mapping examples/surveys/surveymonkey.mapping.yaml examples/surveys/surveymonkey.csv
