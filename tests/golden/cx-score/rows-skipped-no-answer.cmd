cx-score --mapping examples/surveys/limesurvey.mapping.yaml tests/data/surveys/limesurvey-all-responses.csv
