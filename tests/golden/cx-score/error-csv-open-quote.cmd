cx-score tests/data/surveys/open-quote.csv --mapping examples/surveys/google-forms.mapping.yaml
