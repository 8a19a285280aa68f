cx-checklist customer-communication
