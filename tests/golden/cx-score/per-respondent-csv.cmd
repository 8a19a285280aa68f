cx-score -f csv --group-by Store --per-respondent "$TMP_DIR/rows.csv" tests/data/surveys/store-survey.csv >/dev/null && cat "$TMP_DIR/rows.csv"
