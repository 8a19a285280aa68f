cx-score -f csv --mapping examples/surveys/google-forms.mapping.yaml examples/surveys/google-forms.csv
