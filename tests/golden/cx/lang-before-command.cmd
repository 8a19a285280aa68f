cx --lang pt-BR checklist phone-call
