cx-score --blank customer-service-quotient -f json
