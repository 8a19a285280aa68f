cd "$TMP_DIR" && cx-score --per-respondent rows.txt "$OLDPWD/tests/data/surveys/store-survey.csv" 2>&1 | sed "s|$OLDPWD/||"
