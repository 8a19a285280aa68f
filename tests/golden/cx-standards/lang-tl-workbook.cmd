cx-standards --lang tl --workbook
