cx-checklist --lang en phone-call --stage greeting
