# Man pages and shell completions (issue 18).
