cx-checklist -f markdown de-escalation --stage key-points,ten-steps
