cx-checklist customer-types --stage rude --customer rude,vain
