cx-score --lang zh-Hans --blank customer-service-quotient
