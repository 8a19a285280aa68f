cx-score -f csv examples/score/riverside-energy-service-quality-criteria.yaml
