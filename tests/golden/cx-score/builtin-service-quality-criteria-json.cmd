cx-score -f json examples/score/riverside-energy-service-quality-criteria.yaml
