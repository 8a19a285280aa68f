cx-checklist --list
