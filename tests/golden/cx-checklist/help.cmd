cx-checklist --help
