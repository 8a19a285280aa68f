cx-score tests/data/score/answers-questionnaire-folder.yaml
