cx-score -f text examples/score/riverside-energy-service-quality-criteria.yaml
