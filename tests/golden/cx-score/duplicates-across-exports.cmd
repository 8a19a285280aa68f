cx-score tests/data/surveys/double-submission-week2.csv tests/data/surveys/double-submission.csv | head -3
