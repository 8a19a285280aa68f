cx-score examples/score/ledger-and-quill.yaml
