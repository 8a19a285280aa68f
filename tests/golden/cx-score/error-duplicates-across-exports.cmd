cx-score --duplicates error tests/data/surveys/double-submission-week2.csv tests/data/surveys/double-submission.csv
