cx-score -f json -q tests/data/score/weighted-scorecard.yaml tests/data/score/own-answers.yaml
