# Warnings for our own code only, linked PRIVATE so they never leak to users.
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
