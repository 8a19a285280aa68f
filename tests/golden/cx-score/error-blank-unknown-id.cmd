cx-score --blank no-such-questionnaire
