# Man pages and shell completions (issue 18), made at build time from each
# program's own words: help2man reads its --help, and docs/man/<program>.h2m
# adds the name, the examples, the exit status and the other programs; the
# completions are what `<program> --completion bash|zsh|fish` writes from its
# option table. Both are installed with the programs (component runtime).
include(GNUInstallDirs)

find_program(CXKIT_HELP2MAN help2man)
if(NOT CXKIT_HELP2MAN)
  message(FATAL_ERROR "help2man not found: the man pages are made with it at build time. Install the Debian "
                      "package help2man (scripts/install-deps.sh installs every build dependency).")
endif()

set(cxkit_documented ${CXKIT_PROGRAMS})
if(TARGET cx)
  list(APPEND cxkit_documented cx)
endif()

# English and no colour, whatever the builder's locale: the same page on
# every machine (help2man dates it from SOURCE_DATE_EPOCH when set).
set(cxkit_doc_env LC_ALL=C.UTF-8 NO_COLOR=1)
set(cxkit_shells bash zsh fish)
set(cxkit_docs "")
foreach(program IN LISTS cxkit_documented)
  set(include "${PROJECT_SOURCE_DIR}/docs/man/${program}.h2m")
  set(page "${PROJECT_BINARY_DIR}/man/${program}.1")
  add_custom_command(
    OUTPUT "${page}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/man"
    COMMAND "${CMAKE_COMMAND}" -E env ${cxkit_doc_env} "${CXKIT_HELP2MAN}" --locale C.UTF-8 --no-info --section 1
            --source "cxkit ${PROJECT_VERSION}" --version-string "${PROJECT_VERSION}"
            --help-option "--lang en --help" --include "${include}" --output "${page}" "$<TARGET_FILE:${program}>"
    DEPENDS ${program} "${include}"
    COMMENT "Writing the man page ${program}(1)"
    VERBATIM)
  # Installed compressed, as Debian keeps man pages (gzip -n: no name or
  # time in it, the same bytes on every build).
  add_custom_command(
    OUTPUT "${page}.gz"
    COMMAND sh -c "gzip -9n -c \"$1\" > \"$1.gz.new\" && mv \"$1.gz.new\" \"$1.gz\"" sh "${page}"
    DEPENDS "${page}"
    VERBATIM)
  list(APPEND cxkit_docs "${page}" "${page}.gz")
  install(FILES "${page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT runtime)

  # Where each shell looks for a program's completion, by its file name.
  set(file_bash "bash/${program}")
  set(file_zsh "zsh/_${program}")
  set(file_fish "fish/${program}.fish")
  set(folder_bash "${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions")
  set(folder_zsh "${CMAKE_INSTALL_DATAROOTDIR}/zsh/vendor-completions")
  set(folder_fish "${CMAKE_INSTALL_DATAROOTDIR}/fish/vendor_completions.d")
  foreach(shell IN LISTS cxkit_shells)
    set(script "${PROJECT_BINARY_DIR}/completions/${file_${shell}}")
    add_custom_command(
      OUTPUT "${script}"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/completions/${shell}"
      COMMAND "${CMAKE_COMMAND}" -E env ${cxkit_doc_env}
              sh -c "\"$1\" --completion ${shell} > \"$2.new\" && mv \"$2.new\" \"$2\"" sh
              "$<TARGET_FILE:${program}>" "${script}"
      DEPENDS ${program}
      COMMENT "Writing the ${shell} completion of ${program}"
      VERBATIM)
    list(APPEND cxkit_docs "${script}")
    install(FILES "${script}" DESTINATION "${folder_${shell}}" COMPONENT runtime)
  endforeach()
endforeach()
add_custom_target(docs ALL DEPENDS ${cxkit_docs})
