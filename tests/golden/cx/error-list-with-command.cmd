cx --list score
