cx-score -q tests/data/score/own-questionnaire.yaml -f markdown tests/data/score/own-answers.yaml
