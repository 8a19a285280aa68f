cx-standards --workbook examples/standards/harbourview-hotels.yaml
