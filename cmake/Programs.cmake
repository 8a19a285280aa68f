# Reads apps/programs.txt: CXKIT_PROGRAMS (cx-score ...), CXKIT_PARTS (score
# ...) and, per program, CXKIT_PART_<program>.
file(STRINGS "${PROJECT_SOURCE_DIR}/apps/programs.txt" lines REGEX "^cx-")
set(CXKIT_PROGRAMS "")
set(CXKIT_PARTS "")
foreach(line IN LISTS lines)
  string(REGEX MATCH "^([^ ]+) +([^ ]+)" _ "${line}")
  list(APPEND CXKIT_PROGRAMS "${CMAKE_MATCH_1}")
  list(APPEND CXKIT_PARTS "${CMAKE_MATCH_2}")
  set(CXKIT_PART_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()
