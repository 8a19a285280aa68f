cx-score --mapping examples/surveys/google-forms.mapping.yaml --group-by Store examples/surveys/google-forms.csv
