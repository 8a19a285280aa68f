cx-score -f csv --mapping examples/surveys/typeform.mapping.yaml examples/surveys/typeform.csv
