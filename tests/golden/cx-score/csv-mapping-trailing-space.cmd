sed '2s/approach\./approach. /' examples/surveys/surveymonkey.csv | cx-score --mapping examples/surveys/surveymonkey.mapping.yaml -
