cx-score --template mapping customer-service-quotient examples/surveys/google-forms.csv
