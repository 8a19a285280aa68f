cx-score tests/data/surveys/invisible-headers-typo.csv
