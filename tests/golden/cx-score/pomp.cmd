cx-score --method pomp --improve 2 examples/score/harbour-dental.yaml
