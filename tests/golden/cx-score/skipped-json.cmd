cx-score -f json examples/score/ledger-and-quill.yaml
