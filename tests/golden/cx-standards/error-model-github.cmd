GITHUB_ACTIONS=true cx-standards tests/data/standards/clinic-draft-broken.yaml
