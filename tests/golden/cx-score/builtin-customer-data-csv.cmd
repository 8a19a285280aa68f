cx-score -f csv examples/score/greenhollow-customer-data.yaml
