cx-standards --fail-on note -f json examples/standards/harbourview-hotels.yaml | sed -n '/"summary"/,/}/p'
