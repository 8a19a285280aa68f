cx-score --mapping examples/surveys/typeform.mapping.yaml - < examples/surveys/typeform.csv
