cx-score -f csv tests/data/surveys/double-submission.csv
