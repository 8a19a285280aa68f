cx-score --lang pt-BR --blank customer-service-quotient
