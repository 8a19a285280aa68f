cx-checklist customer-types
