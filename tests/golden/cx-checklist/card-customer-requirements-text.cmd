cx-checklist customer-requirements
