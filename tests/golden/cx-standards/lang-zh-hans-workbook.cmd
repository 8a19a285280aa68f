cx-standards --lang zh-Hans --workbook
