cx-standards --init -o $TMP_DIR/new.yaml && cx-standards --fail-on never $TMP_DIR/new.yaml | tail -5 | head -3
