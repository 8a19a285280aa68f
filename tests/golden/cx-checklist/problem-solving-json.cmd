cx-checklist -f json problem-solving
