cx-checklist -f json etiquette
