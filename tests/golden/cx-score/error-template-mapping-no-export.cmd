cx-score --template mapping customer-service-quotient
