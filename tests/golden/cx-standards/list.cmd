cx-standards --list
