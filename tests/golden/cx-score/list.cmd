cx-score --list
