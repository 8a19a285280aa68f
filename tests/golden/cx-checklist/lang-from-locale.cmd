LANG=ru_RU.UTF-8 LC_ALL= cx-checklist customer-types --stage angry
