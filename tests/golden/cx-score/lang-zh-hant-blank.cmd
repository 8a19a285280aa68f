cx-score --lang zh-Hant --blank customer-service-quotient
