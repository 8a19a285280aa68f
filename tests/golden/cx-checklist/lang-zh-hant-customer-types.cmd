cx-checklist --lang zh-Hant customer-types
