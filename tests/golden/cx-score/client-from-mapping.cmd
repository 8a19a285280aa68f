cx-score --mapping examples/surveys/qualtrics.mapping.yaml examples/surveys/qualtrics.csv | head -2
