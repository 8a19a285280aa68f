cx-standards --lang zh-Hant --workbook -f markdown
