cx-score -q tests/data/score/own-questionnaire.yaml tests/data/score/answers-no-questionnaire.yaml
