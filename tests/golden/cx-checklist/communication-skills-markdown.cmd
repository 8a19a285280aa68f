cx-checklist -f markdown communication-skills
