cx-checklist --notes customer-types
