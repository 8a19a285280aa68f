cx-score --template mapping customer-service-quotient examples/surveys/microsoft-forms.csv
