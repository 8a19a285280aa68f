cx-checklist --customer angri
