cx-score -f text examples/score/greenhollow-customer-data.yaml
