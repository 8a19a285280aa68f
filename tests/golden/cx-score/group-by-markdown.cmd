cx-score -f markdown --group-by 2 tests/data/surveys/store-survey.csv
