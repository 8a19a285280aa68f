cx-score --per-respondent "$TMP_DIR/rows.ndjson" tests/data/surveys/store-survey.csv >/dev/null && cat "$TMP_DIR/rows.ndjson"
