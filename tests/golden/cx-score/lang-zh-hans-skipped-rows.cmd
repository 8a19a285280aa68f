cx-score --lang zh-Hans --skip-bad-rows tests/data/surveys/bad-cell.csv
