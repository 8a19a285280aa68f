cx-checklist phone-call --stage greeting close
