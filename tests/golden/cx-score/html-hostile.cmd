cx-score -f html tests/data/score/hostile-answers.yaml
