cx-checklist --lang ru customer-types
