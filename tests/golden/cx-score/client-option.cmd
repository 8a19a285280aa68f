cx-score --client "Linden Hotel, front office" --mapping examples/surveys/qualtrics.mapping.yaml -f markdown examples/surveys/qualtrics.csv | head -3
