GITHUB_ACTIONS=true cx-standards -o $TMP_DIR/out.txt examples/standards/harbourview-hotels.yaml; head -2 $TMP_DIR/out.txt
