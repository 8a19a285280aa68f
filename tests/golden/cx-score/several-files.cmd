cx-score -f csv examples/score/harbour-dental.yaml examples/score/ledger-and-quill.yaml
