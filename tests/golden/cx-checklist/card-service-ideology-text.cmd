cx-checklist service-ideology
