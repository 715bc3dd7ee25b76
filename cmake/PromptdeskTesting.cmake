# promptdesk_add_qtest(NAME <name> LABEL unit|integration|gui SOURCES ... [LIBS ...] [ENV ...])
#
# Builds one Qt Test executable and registers every test function of it as its own ctest
# test, named <name>.<function>, so ctest reports and parallelises at function granularity.
# Test functions are found as the `void name()` slots declared with four-space indentation
# in the first source file (test classes here keep their slots in that form).
function(promptdesk_add_qtest)
  cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE services promptdesk_test_support Qt6::Test ${T_LIBS})
  set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  list(GET T_SOURCES 0 _main_source)
  get_filename_component(_main_source ${_main_source} ABSOLUTE)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_main_source})
  file(STRINGS ${_main_source} _lines REGEX "^    void [A-Za-z][A-Za-z0-9_]*\\(\\)")
  set(_functions "")
  foreach(_line IN LISTS _lines)
    string(REGEX REPLACE "^    void ([A-Za-z][A-Za-z0-9_]*)\\(\\).*" "\\1" _fn "${_line}")
    if(_fn MATCHES "_data$" OR _fn MATCHES "^(init|cleanup|initTestCase|cleanupTestCase)$")
      continue()
    endif()
    list(APPEND _functions ${_fn})
  endforeach()
  list(REMOVE_DUPLICATES _functions)
  if(NOT _functions)
    message(FATAL_ERROR "${T_NAME}: no test functions found in ${_main_source}")
  endif()
  set(_env
    "PROMPTDESK_SHARED_DIR=${PROMPTDESK_SHARED_DIR}"
    "PROMPTDESK_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
    "PROMPTDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "QT_FORCE_STDERR_LOGGING=1"
    ${T_ENV})
  foreach(_fn IN LISTS _functions)
    add_test(NAME ${T_NAME}.${_fn} COMMAND ${T_NAME} ${_fn})
    set_tests_properties(${T_NAME}.${_fn} PROPERTIES
      LABELS ${T_LABEL} TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${_env}")
  endforeach()
  if(T_LABEL STREQUAL "unit")
    add_dependencies(unit-tests ${T_NAME})
  endif()
endfunction()

# promptdesk_add_fuzz_target(NAME <name> SOURCES ... [SEEDS <dir>])
#
# A source defines `extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t)`.
# With PROMPTDESK_FUZZ (clang) it links libFuzzer for real coverage-guided fuzzing; ctest then
# replays the seeds once (-runs=0) and scripts/fuzz.sh runs each target for a bounded time.
# Otherwise it links tests/fuzz/standalone_fuzz_main.cpp, which replays the seeds and a fixed
# number of deterministic mutations of them. Either way the replay is a ctest (label "fuzz").
# The list of targets and their seed folders is written to fuzz/targets.txt for scripts/fuzz.sh.
function(promptdesk_add_fuzz_target)
  cmake_parse_arguments(F "" "NAME;SEEDS" "SOURCES" ${ARGN})
  if(PROMPTDESK_FUZZ)
    add_executable(${F_NAME} ${F_SOURCES})
    target_compile_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
    target_link_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
    add_test(NAME fuzz.${F_NAME} COMMAND ${F_NAME} -runs=0 ${F_SEEDS})
  else()
    add_executable(${F_NAME} ${F_SOURCES} ${PROJECT_SOURCE_DIR}/tests/fuzz/standalone_fuzz_main.cpp)
    add_test(NAME fuzz.${F_NAME} COMMAND ${F_NAME} ${F_SEEDS})
  endif()
  set_tests_properties(fuzz.${F_NAME} PROPERTIES LABELS "unit;fuzz" TIMEOUT 300)
  add_dependencies(unit-tests ${F_NAME})
  target_link_libraries(${F_NAME} PRIVATE services)
  set_target_properties(${F_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
  set_property(GLOBAL APPEND PROPERTY PROMPTDESK_FUZZ_TARGETS "${F_NAME} ${F_SEEDS}")
endfunction()

# Called once after every area is added: fuzz/targets.txt holds "<name> <seed folder>" a line.
function(promptdesk_write_fuzz_target_list)
  get_property(_targets GLOBAL PROPERTY PROMPTDESK_FUZZ_TARGETS)
  list(JOIN _targets "\n" _lines)
  file(WRITE ${CMAKE_BINARY_DIR}/fuzz/targets.txt "${_lines}\n")
endfunction()
