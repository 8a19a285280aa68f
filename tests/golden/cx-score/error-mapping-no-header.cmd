cx-score --mapping tests/data/surveys/bad-mapping.yaml tests/data/surveys/store-survey.csv
