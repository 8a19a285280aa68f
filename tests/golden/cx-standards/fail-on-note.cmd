cx-standards --fail-on note -f json examples/standards/harbourview-hotels.yaml | tail -11
