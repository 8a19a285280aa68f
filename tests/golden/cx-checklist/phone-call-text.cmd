cx-checklist phone-call
