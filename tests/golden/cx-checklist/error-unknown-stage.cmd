cx-checklist phone-call --stage greting
