cx-score --allow-missing -f csv tests/data/score/missing-answers.yaml
