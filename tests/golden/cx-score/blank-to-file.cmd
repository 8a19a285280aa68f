cx-score --blank customer-service-quotient -f markdown -o "$TMP_DIR/form.md" && head -3 "$TMP_DIR/form.md"
