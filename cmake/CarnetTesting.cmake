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
    # Each test gets its own temp folder, so scans for leaked data look at what this test wrote and nothing else.
    set(test_tmp ${CMAKE_CURRENT_BINARY_DIR}/tmp/${name})
    file(MAKE_DIRECTORY ${test_tmp})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "TMPDIR=${test_tmp};QT_QPA_PLATFORM=offscreen;CARNET_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;CARNET_SHARED_TESTDATA=${PROJECT_SOURCE_DIR}/../shared/testdata;CARNET_CLI=$<TARGET_FILE:carnet-cli>")
endfunction()
