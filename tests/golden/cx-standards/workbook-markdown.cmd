cx-standards --workbook -f markdown
