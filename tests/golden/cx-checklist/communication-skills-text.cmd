cx-checklist communication-skills
