cx-score --mapping tests/data/surveys/mapping-questionnaire-missing.yaml examples/surveys/typeform.csv
