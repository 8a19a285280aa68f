cx-checklist --stage greeting phone-call
