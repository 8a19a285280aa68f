cx --list
