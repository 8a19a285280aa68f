cx-score --blank customer-service-quotient -f html --paper letter
