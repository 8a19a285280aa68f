cx-score tests/data/surveys/excel-workbook.xlsx
