cx-standards --lang pt-BR --workbook
