# carnet_add_test(TestName SOURCES a.cpp ... LIBS lib ...)
# One Qt Test executable per class; GUI tests run on the offscreen platform.
function(carnet_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE carnet_testsupport ${ARG_LIBS} Qt6::Test carnet_compiler_flags)
    add_dependencies(${name} carnet-cli)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CARNET_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;CARNET_SHARED_TESTDATA=${PROJECT_SOURCE_DIR}/../shared/testdata;CARNET_CLI=$<TARGET_FILE:carnet-cli>")
endfunction()
