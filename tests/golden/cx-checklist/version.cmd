cx-checklist --version
