cx-checklist -f markdown customer-types
