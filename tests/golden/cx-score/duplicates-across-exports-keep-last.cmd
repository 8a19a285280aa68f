cx-score --duplicates keep-last --per-respondent $TMP_DIR/rows.csv tests/data/surveys/double-submission.csv tests/data/surveys/double-submission-week2.csv | head -3 && cut -d, -f1 $TMP_DIR/rows.csv
