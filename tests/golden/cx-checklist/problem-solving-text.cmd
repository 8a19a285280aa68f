cx-checklist problem-solving
