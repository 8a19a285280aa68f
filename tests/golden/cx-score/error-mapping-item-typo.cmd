cx-score --mapping tests/data/surveys/mapping-typo.yaml examples/surveys/typeform.csv
