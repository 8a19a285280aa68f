cx-score -f json --mapping examples/surveys/limesurvey.mapping.yaml tests/data/surveys/limesurvey-all-responses.csv | sed -n "/\"rows\"/,/}/p"
