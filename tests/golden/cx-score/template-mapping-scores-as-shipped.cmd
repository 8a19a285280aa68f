# The proposed mapping scores each shipped export as its shipped mapping does
# (but for the line naming the input files).
declare -A group=([google-forms]=Store [limesurvey]=ROLE [microsoft-forms]="Which practice do you work at?" [qualtrics]=Department [surveymonkey]="Which Greenway centre do you work at?" [typeform]="")
for tool in google-forms limesurvey microsoft-forms qualtrics surveymonkey typeform; do
  csv=examples/surveys/$tool.csv
  cx-score --template mapping customer-service-quotient "$csv" -o "$TMP_DIR/$tool.yaml" || exit 1
  options=(--client X ${group[$tool]:+--group-by "${group[$tool]}"})
  if diff <(cx-score "${options[@]}" --mapping "examples/surveys/$tool.mapping.yaml" "$csv" 2>&1 | grep -v "^Made by") \
          <(cx-score "${options[@]}" --mapping "$TMP_DIR/$tool.yaml" "$csv" 2>&1 | grep -v "^Made by"); then
    echo "$tool: the same report"
  fi
done
