cx-score --template responses customer-service-quotient -o "$TMP_DIR/answers.yaml" && cd "$TMP_DIR" && cx-score answers.yaml
