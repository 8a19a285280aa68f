cx-standards tests/data/standards/clinic-draft-broken.yaml
