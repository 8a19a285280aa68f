cx-score -q tests/data/surveys/store-pulse.yaml --group-by store tests/data/surveys/fifteen-stores.csv
