# Compiler flags shared by every target of the project.
add_library(promptdesk_options INTERFACE)
target_compile_options(promptdesk_options INTERFACE
  -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2
  $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>)
# Not -Wnull-dereference: with GCC 12 at -O2 it fires on QPointer and QList internals.
if(PROMPTDESK_WERROR)
  target_compile_options(promptdesk_options INTERFACE -Werror)
endif()
# Strict Qt from the start: no implicit ASCII casts, no context-less connects.
target_compile_definitions(promptdesk_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(PROMPTDESK_SANITIZE)
  set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(promptdesk_options INTERFACE ${_san})
  target_link_options(promptdesk_options INTERFACE ${_san})
endif()

# libFuzzer's coverage needs every library the targets call instrumented, not only the targets.
if(PROMPTDESK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PROMPTDESK_FUZZ needs clang (libFuzzer); use the fuzz preset")
  endif()
  target_compile_options(promptdesk_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
