cx-checklist educating-staff
