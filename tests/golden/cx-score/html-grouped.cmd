cx-score -f html --mapping examples/surveys/google-forms.mapping.yaml --group-by Store examples/surveys/google-forms.csv
