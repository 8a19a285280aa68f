cx-checklist --notes dissatisfaction-reasons
