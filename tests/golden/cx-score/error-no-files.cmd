cx-score
