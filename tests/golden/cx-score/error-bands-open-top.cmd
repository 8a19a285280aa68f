cx-score -q tests/data/score/bands-open-top.yaml tests/data/score/own-answers.yaml
