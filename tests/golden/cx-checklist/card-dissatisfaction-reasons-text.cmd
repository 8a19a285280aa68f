cx-checklist dissatisfaction-reasons
