cx-score --lang tl --blank customer-service-quotient
