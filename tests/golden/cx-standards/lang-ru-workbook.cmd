cx-standards --lang ru --workbook
