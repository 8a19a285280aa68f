cp examples/score/harbour-dental.yaml "$TMP_DIR/in.yaml" && cd "$TMP_DIR" && cx-score -o in.yaml in.yaml; echo "exit $?"; cmp in.yaml "$OLDPWD/examples/score/harbour-dental.yaml" && echo unchanged
