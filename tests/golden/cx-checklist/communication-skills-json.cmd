cx-checklist -f json communication-skills
