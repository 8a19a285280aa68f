cx-checklist --customer angry talker
