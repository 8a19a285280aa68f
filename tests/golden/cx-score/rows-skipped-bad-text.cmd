cx-score --skip-bad-rows tests/data/surveys/bad-cell.csv
