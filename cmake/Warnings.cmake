# Warnings for our own code only, linked PRIVATE so they never leak to users.
add_library(cxkit_warnings INTERFACE)
target_compile_options(cxkit_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough)
