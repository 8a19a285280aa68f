cx-standards --workbook
