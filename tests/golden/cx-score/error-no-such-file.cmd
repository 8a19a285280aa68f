cx-score examples/score/no-such-client.yaml
