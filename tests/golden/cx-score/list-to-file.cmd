cx-score --list -o "$TMP_DIR/list.txt" && echo "--- $TMP_DIR/list.txt" | sed "s|$TMP_DIR|TMP|" && cat "$TMP_DIR/list.txt"
