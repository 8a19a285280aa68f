cx-score --lang pt-BR examples/surveys/google-forms.csv --mapping examples/surveys/google-forms.mapping.yaml
