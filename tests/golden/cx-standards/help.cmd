cx-standards --help
