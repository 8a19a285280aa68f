cx-score --lang pt-BR tests/data/languages/padaria-pt-br.yaml
