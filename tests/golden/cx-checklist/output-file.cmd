cx-checklist -f html --date 2026-01-15 -o "$TMP_DIR/desk.html" etiquette && grep -c "<section class=\"stage\"" "$TMP_DIR/desk.html"
