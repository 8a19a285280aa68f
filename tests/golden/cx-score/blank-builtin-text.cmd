cx-score --blank customer-service-quotient
