cx-score -f json --baseline tests/data/surveys/baseline-q2.json tests/data/surveys/store-survey.csv | grep -E '"(baseline|change|improved|worsened)"' -A2 | head -40
