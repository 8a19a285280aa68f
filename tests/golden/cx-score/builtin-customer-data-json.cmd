cx-score -f json examples/score/greenhollow-customer-data.yaml
