cx-checklist -f markdown problem-solving
