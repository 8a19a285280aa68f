cx-checklist -f json customer-types
