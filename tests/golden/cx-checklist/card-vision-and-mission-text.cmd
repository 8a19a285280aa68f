cx-checklist vision-and-mission
