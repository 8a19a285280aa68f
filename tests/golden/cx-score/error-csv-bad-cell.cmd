cx-score tests/data/surveys/bad-cell.csv
