cx-checklist -f html etiquette | grep -Ec "Date: <b>[0-9]{4}-[0-9]{2}-[0-9]{2}</b>"
