cx-checklist service-figures
