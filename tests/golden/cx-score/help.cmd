cx-score --help
