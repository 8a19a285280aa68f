sed 's/,/;/g' tests/data/surveys/store-survey.csv | cx-score --input-format csv -f csv -
