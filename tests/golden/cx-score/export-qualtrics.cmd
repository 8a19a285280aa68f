cx-score -f csv --mapping examples/surveys/qualtrics.mapping.yaml examples/surveys/qualtrics.csv
