cx-checklist >"$TMP_DIR/default" && cx-checklist phone-call | cmp - "$TMP_DIR/default" && head -3 "$TMP_DIR/default"
