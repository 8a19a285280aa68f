cx-score tests/data/surveys/store-survey-semicolon-typo.csv
