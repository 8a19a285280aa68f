cx-score tests/data/surveys/ambiguous-delimiter.csv
