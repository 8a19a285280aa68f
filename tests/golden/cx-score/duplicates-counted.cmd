cx-score --duplicates keep-last tests/data/surveys/double-submission.csv | head -2; cx-score -f json tests/data/surveys/double-submission.csv 2>/dev/null | grep repeated_ids
