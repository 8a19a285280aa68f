cx-score --template responses no-such-questionnaire
