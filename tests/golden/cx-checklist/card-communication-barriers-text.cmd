cx-checklist communication-barriers
