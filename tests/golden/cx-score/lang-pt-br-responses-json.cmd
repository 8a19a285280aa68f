cx-score -f json --lang pt-BR tests/data/languages/padaria-pt-br.yaml
