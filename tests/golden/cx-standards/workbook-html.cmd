cx-standards --workbook -f html --paper letter --date 2026-12-01
