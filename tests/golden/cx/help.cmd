cx --help
