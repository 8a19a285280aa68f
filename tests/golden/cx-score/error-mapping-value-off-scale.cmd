cx-score --mapping tests/data/surveys/mapping-value-off-scale.yaml examples/surveys/limesurvey.csv
