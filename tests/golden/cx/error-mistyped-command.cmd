cx scroe
