# install(), the exported package and CPack (issue 18).
#
# Two components: `runtime` (every install() rule that names none, see
# cmake/Settings.cmake: the programs, the man pages and completions of
# cmake/Docs.cmake, the schemas, the README and examples) is what the .deb
# holds; `development` (the static libraries, their headers and the CMake
# package for find_package(cxkit)) installs with `cmake --install` only.
include(CMakePackageConfigHelpers)

# The programs of apps/programs.txt, and cx, the front door, when it is built.
set(cxkit_installed_programs ${CXKIT_PROGRAMS})
if(TARGET cx)
  list(APPEND cxkit_installed_programs cx)
endif()
install(TARGETS ${cxkit_installed_programs} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT runtime)

# The libraries as cxkit::<part>. The parts link cxkit_settings PRIVATE, which
# in a static library reaches its user as link options only: exported (as
# cxkit::settings), an instrumented build's libraries link in a project that
# is not instrumented itself. It is empty in a plain build.
set(cxkit_libraries cxkit_base cxkit_ci)
foreach(part IN LISTS CXKIT_PARTS)
  list(APPEND cxkit_libraries cxkit_${part})
endforeach()
foreach(library IN LISTS cxkit_libraries)
  string(REGEX REPLACE "^cxkit_" "" name "${library}")
  set_target_properties(${library} PROPERTIES EXPORT_NAME ${name})
endforeach()
set_target_properties(cxkit_settings PROPERTIES EXPORT_NAME settings)
install(TARGETS ${cxkit_libraries} cxkit_settings EXPORT cxkitTargets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT development
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
foreach(library IN LISTS cxkit_libraries)
  string(REGEX REPLACE "^cxkit_" "" part "${library}")
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/lib/${part}/include/" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
          COMPONENT development)
endforeach()

set(cxkit_package_dir "${CMAKE_INSTALL_LIBDIR}/cmake/cxkit")
install(EXPORT cxkitTargets NAMESPACE cxkit:: DESTINATION "${cxkit_package_dir}" COMPONENT development)
configure_package_config_file(cmake/cxkitConfig.cmake.in "${PROJECT_BINARY_DIR}/cxkitConfig.cmake"
                              INSTALL_DESTINATION "${cxkit_package_dir}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/cxkitConfigVersion.cmake"
                                 COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/cxkitConfig.cmake" "${PROJECT_BINARY_DIR}/cxkitConfigVersion.cmake"
        DESTINATION "${cxkit_package_dir}" COMPONENT development)

# The JSON Schemas editors check the YAML files with (the modelines name
# them); read at install time, so a schema added later needs no reconfigure.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/schemas/" DESTINATION "${CMAKE_INSTALL_DATADIR}/cxkit/schemas"
        COMPONENT runtime OPTIONAL FILES_MATCHING PATTERN "*.json")
# The README is installed by lib/ci (SARIF's informationUri names it); the
# examples it runs go beside it, so its commands work on an installed copy.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/examples" DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT runtime)
# Their modelines name ../../schemas/<kind>.json, as in the source: a link
# beside them to the installed schemas keeps that path true.
install(CODE "file(CREATE_LINK ../../cxkit/schemas
                   \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DOCDIR}/schemas\" SYMBOLIC)"
        COMPONENT runtime)

# The .deb: `cpack` (make deb) in the build folder writes
# cxkit_<version>_<arch>.deb there, of the runtime component alone, installed
# under /usr, its Depends read from the programs by dpkg-shlibdeps
# (Debian's dpkg-dev).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cxkit)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "cxkit maintainers <maintainers@users.noreply.h-seed-01aec0a7.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "customer-service quality tools: scores, audits, checklists, standards")
set(CPACK_PACKAGE_DESCRIPTION
    "cxkit turns customer-service handbooks into versionable YAML and small,
fast command-line programs:
 cx-score      scores the Customer Service Quotient self-assessment, for one
               client or many respondents (survey exports);
 cx-audit      audits an organisation's policies, says what to do with each,
               and gates CI (SARIF, JUnit, GitHub annotations);
 cx-checklist  prints the checklists of a customer call, de-escalation,
               problem solving, etiquette and customer types;
 cx-standards  helps a team write service standards and lints them.
The built-in models are compiled in, in English, Brazilian Portuguese,
Russian, Tagalog and Chinese.")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};cxkit;runtime;/")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
