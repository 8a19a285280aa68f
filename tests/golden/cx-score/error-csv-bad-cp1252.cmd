cx-score --encoding cp1252 tests/data/surveys/bad-cp1252.csv
