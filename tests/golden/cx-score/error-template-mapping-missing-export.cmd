cx-score --template mapping customer-service-quotient no-such-export.csv
