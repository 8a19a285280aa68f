cx-score --blank tests/data/score/own-questionnaire.yaml -f markdown
