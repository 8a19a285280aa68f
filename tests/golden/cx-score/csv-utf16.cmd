cx-score --encoding utf-16 -f csv --group-by Store tests/data/surveys/store-survey-utf16.tsv
