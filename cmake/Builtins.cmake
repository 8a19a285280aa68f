# The built-in models: every file under configs/<language>/<kind>/<id>.yaml
# becomes data in a generated source (cmake/embed.cmake), so the programs
# need no file at run time. The configs are data, not sources: they are
# found by a glob, so a new language or built-in needs no CMake edit.
function(cxkit_embed_builtins out_var)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/builtins_data.cpp")
  file(GLOB_RECURSE configs CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/configs/*.yaml")
  # The list of files, rewritten when it changes: a file added (with an
  # older time than the output) or removed embeds again too.
  set(listing "${CMAKE_CURRENT_BINARY_DIR}/builtins_files.txt")
  string(JOIN "\n" files ${configs})
  set(before "")
  if(EXISTS "${listing}")
    file(READ "${listing}" before)
  endif()
  if(NOT files STREQUAL before)
    file(WRITE "${listing}" "${files}")
  endif()
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DCONFIG_DIR=${PROJECT_SOURCE_DIR}/configs -DOUTPUT=${output}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
    DEPENDS ${configs} "${listing}" "${PROJECT_SOURCE_DIR}/cmake/embed.cmake"
    COMMENT "Embedding configs/ as built-in models")
  set(${out_var} "${output}" PARENT_SCOPE)
endfunction()

# The message catalogues: every po/<language>.po compiled by msgfmt (Debian's
# gettext; --check: a format or header error fails the build) into
# <language>.mo, and the .mo files embedded like the configs.
function(cxkit_embed_catalogues out_var)
  find_program(MSGFMT msgfmt REQUIRED)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/catalogues_data.cpp")
  set(mo_dir "${CMAKE_CURRENT_BINARY_DIR}/mo")
  file(GLOB catalogues CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/po/*.po")
  set(mo_files "")
  foreach(po IN LISTS catalogues)
    get_filename_component(language "${po}" NAME_WE)
    set(mo "${mo_dir}/${language}.mo")
    add_custom_command(
      OUTPUT "${mo}"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${mo_dir}"
      COMMAND "${MSGFMT}" --check -o "${mo}" "${po}"
      DEPENDS "${po}"
      COMMENT "Compiling po/${language}.po")
    list(APPEND mo_files "${mo}")
  endforeach()
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${mo_dir}"
    COMMAND "${CMAKE_COMMAND}" -DCONFIG_DIR=${mo_dir} -DOUTPUT=${output} -DPATTERN=*.mo
            -DFUNCTION=embedded_catalogues -P ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
    DEPENDS ${mo_files} "${PROJECT_SOURCE_DIR}/cmake/embed.cmake"
    COMMENT "Embedding the message catalogues")
  set(${out_var} "${output}" PARENT_SCOPE)
endfunction()
