cx-standards --workbook -f json
