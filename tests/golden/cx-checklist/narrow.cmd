COLUMNS=40 cx-checklist problem-solving
