# Where and as what files install (cmake/Install.cmake): the GNU folders,
# and every install() rule that names no component is part of the programs'
# package (the .deb); the libraries, headers and CMake package say
# `COMPONENT development`.
include(GNUInstallDirs)
set(CMAKE_INSTALL_DEFAULT_COMPONENT_NAME runtime)

# The two INTERFACE targets every cxkit target links PRIVATE, so that none of
# this leaks to a project that uses the libraries: the warnings stay in this
# build; the instrumentation's link options reach an installed library's user
# (cmake/Install.cmake exports cxkit_settings), since an instrumented static
# library cannot link without its runtime.

# Warnings for our own code; CXKIT_WARNINGS_AS_ERRORS (make test) makes them
# errors.
add_library(cxkit_warnings INTERFACE)
target_compile_options(cxkit_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough)
# GCC 12 reports a false -Wrestrict inside std::string's operator+ (GCC bug
# 105329) once optimisation inlines it; clang and later GCCs do not.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(cxkit_warnings INTERFACE -Wno-restrict)
endif()
if(CXKIT_WARNINGS_AS_ERRORS)
  target_compile_options(cxkit_warnings INTERFACE -Werror)
endif()

# Instrumentation, one option each: AddressSanitizer with
# UndefinedBehaviorSanitizer, ThreadSanitizer, or libFuzzer coverage (with
# ASan and UBSan; the fuzz targets add -fsanitize=fuzzer themselves).
add_library(cxkit_settings INTERFACE)
if(CXKIT_SANITIZE)
  target_compile_options(cxkit_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=all)
  target_link_options(cxkit_settings INTERFACE -fsanitize=address,undefined)
endif()
if(CXKIT_TSAN)
  target_compile_options(cxkit_settings INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(cxkit_settings INTERFACE -fsanitize=thread)
  # GCC 12 with -fsanitize=thread reports a false "potential null pointer
  # dereference" inside std::vector<std::string>::emplace_back as CLI11's
  # split() inlines it; no other build does.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(cxkit_warnings INTERFACE -Wno-null-dereference)
  endif()
endif()
if(CXKIT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CXKIT_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++")
  endif()
  target_compile_options(cxkit_settings INTERFACE -fsanitize=fuzzer-no-link -fsanitize=address,undefined
                                                  -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(cxkit_settings INTERFACE -fsanitize=address,undefined)
endif()

# Every target of ours: warnings and instrumentation.
function(cxkit_target target)
  target_link_libraries(${target} PRIVATE $<BUILD_INTERFACE:cxkit_warnings> cxkit_settings)
  target_compile_features(${target} PUBLIC cxx_std_20)
endfunction()
