cx-checklist --lang zh-Hans service-ideology
