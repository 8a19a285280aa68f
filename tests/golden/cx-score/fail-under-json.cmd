cx-score -f json -o "$TMP_DIR/report.json" --fail-under 50 --fail-under-section 40 examples/score/sparkle-cleaning.yaml; code=$?; grep -A14 "\"thresholds\"" "$TMP_DIR/report.json"; exit $code
