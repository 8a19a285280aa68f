cx-score --version
