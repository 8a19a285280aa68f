cx-score -f html examples/score/ledger-and-quill.yaml
