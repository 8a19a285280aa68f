cx-score -f csv --duplicates keep-last --per-respondent $TMP_DIR/rows.csv tests/data/surveys/double-submission.csv && cat $TMP_DIR/rows.csv
