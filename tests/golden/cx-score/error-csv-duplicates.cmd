cx-score -f csv --duplicates error --per-respondent $TMP_DIR/rows.csv tests/data/surveys/double-submission.csv && cat $TMP_DIR/rows.csv
