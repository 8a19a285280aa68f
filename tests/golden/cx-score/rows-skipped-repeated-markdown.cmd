cx-score --duplicates keep-first -f markdown tests/data/surveys/double-submission.csv
