cx-score examples/score
