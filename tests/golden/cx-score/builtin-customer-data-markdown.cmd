cx-score -f markdown examples/score/greenhollow-customer-data.yaml
