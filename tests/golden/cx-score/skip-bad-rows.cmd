cx-score --skip-bad-rows -f csv tests/data/surveys/bad-cell.csv
