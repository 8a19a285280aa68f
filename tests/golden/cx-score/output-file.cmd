cx-score -f json -o "$TMP_DIR/report.json" examples/score/harbour-dental.yaml && head -c 120 "$TMP_DIR/report.json" && ls "$TMP_DIR"
