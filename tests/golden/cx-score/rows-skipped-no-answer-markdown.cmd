cx-score -f markdown --mapping examples/surveys/limesurvey.mapping.yaml tests/data/surveys/limesurvey-all-responses.csv
