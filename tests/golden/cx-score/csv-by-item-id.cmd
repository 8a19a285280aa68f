cx-score tests/data/surveys/store-survey.csv
