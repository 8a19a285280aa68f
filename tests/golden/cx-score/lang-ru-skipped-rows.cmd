cx-score --lang ru --skip-bad-rows tests/data/surveys/bad-cell.csv
