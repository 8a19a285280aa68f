cx-score --template answers customer-service-quotient
