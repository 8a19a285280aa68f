cx-checklist --lang pt-BR -f markdown problem-solving
