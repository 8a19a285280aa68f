cx-score --lang ru --blank customer-service-quotient
