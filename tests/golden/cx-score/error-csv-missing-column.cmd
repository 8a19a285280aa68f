cx-score tests/data/surveys/missing-column.csv
