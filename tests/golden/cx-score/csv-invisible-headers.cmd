cx-score -f csv tests/data/surveys/invisible-headers.csv
