cx-score --template responses customer-service-quotient
