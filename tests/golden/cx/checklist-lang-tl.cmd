cx checklist --lang tl phone-call
