cx-score -f markdown examples/score/riverside-energy-service-quality-criteria.yaml
