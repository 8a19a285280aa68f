cx --version
