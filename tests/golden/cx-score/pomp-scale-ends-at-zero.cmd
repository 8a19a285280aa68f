cx-score --method pomp tests/data/score/agreement-answers.yaml
