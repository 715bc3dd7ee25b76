cmake_minimum_required(VERSION 3.25) # script mode: IN_LIST and the other modern if() forms
# The layering check must fail on a never-arrow. Builds a small engine tree in WORK_DIR with the
# real services/layers.cmake and one deliberately broken source (documents including a pipeline
# header, and a widget including an audit header), runs check_layering.cmake on it and expects
# it to name both. A check that passes everything would pass this tree too.
file(REMOVE_RECURSE ${WORK_DIR})
file(COPY ${SERVICES_DIR}/layers.cmake DESTINATION ${WORK_DIR}/services)
file(WRITE ${WORK_DIR}/services/core/error.h "#pragma once\n")
file(WRITE ${WORK_DIR}/services/pipeline/job.h "#pragma once\n#include \"core/error.h\"\n")
file(WRITE ${WORK_DIR}/services/documents/broken_reader.cpp
  "#include \"core/error.h\"\n#include \"pipeline/job.h\"\n")
file(WRITE ${WORK_DIR}/services/documents/unprefixed.cpp "#include \"job.h\"\n")
file(WRITE ${WORK_DIR}/widgets/broken_view.cpp
  "#include \"pipeline/job.h\"\n#include \"audit/sqlite_audit_log.h\"\nauto *j = new Job(this);\n")

execute_process(
  COMMAND ${CMAKE_COMMAND} -DSERVICES_DIR=${WORK_DIR}/services -DWIDGETS_DIR=${WORK_DIR}/widgets
          -P ${CHECK_SCRIPT}
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "the layering check passed a tree with never-arrows:\n${output}")
endif()
foreach(expected
    "documents/broken_reader.cpp includes pipeline/job.h: documents may not use pipeline"
    "documents/unprefixed.cpp includes \"job.h\" without its folder"
    "broken_view.cpp includes an engine part a widget may not use"
    "broken_view.cpp constructs a job itself")
  string(FIND "${output}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the layering check did not report '${expected}':\n${output}")
  endif()
endforeach()
message(STATUS "the layering check reports every never-arrow of the broken tree")
