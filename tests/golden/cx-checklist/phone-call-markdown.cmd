cx-checklist -f markdown phone-call
