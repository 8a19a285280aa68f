cx-score --template mapping customer-service-quotient examples/surveys/qualtrics.csv
