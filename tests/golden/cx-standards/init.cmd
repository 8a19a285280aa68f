cx-standards --init --organisation 'Harbourview Hotels'
