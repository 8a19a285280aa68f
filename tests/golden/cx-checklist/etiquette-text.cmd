cx-checklist etiquette
