cx-score -f csv --mapping examples/surveys/microsoft-forms.mapping.yaml examples/surveys/microsoft-forms.csv
