cx-checklist --notes service-figures
