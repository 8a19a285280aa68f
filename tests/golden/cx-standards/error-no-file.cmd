cx-standards
