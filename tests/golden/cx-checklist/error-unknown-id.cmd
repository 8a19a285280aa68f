cx-checklist phone-cal
