cx-checklist --lang de phone-call
