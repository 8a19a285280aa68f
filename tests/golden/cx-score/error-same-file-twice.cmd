cx-score tests/data/surveys/store-survey.csv ./tests/data/surveys/../surveys/store-survey.csv
