sed 's/,/\t/g' tests/data/surveys/store-survey.csv | cx-score --input-format csv --delimiter tab -f csv -
