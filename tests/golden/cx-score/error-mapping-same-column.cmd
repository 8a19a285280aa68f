cx-score --mapping tests/data/surveys/mapping-same-column.yaml examples/surveys/typeform.csv
