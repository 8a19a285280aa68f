cx-score tests/data/surveys/store-survey-utf16.tsv
