env PATH=/nonexistent "$(command -v cx)" checklist phone-call
