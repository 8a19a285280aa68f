cx-score -f csv --mapping examples/surveys/limesurvey.mapping.yaml examples/surveys/limesurvey.csv
