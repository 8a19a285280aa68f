cx-checklist -f markdown etiquette
