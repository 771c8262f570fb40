# JIANDU_FUZZ=ON: the fuzz targets of tests/fuzz become libFuzzer binaries. Everything built
# in this build folder (jiandu_core included) is compiled with AddressSanitizer and
# UndefinedBehaviorSanitizer and with libFuzzer's coverage instrumentation; Qt and the other
# system libraries are not instrumented. Needs clang:
#   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DJIANDU_FUZZ=ON \
#       -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIANDU_BUILD_GUI=OFF
#   cmake --build build/fuzz --target fuzzers
# See docs/fuzzing.md.

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "JIANDU_FUZZ=ON needs clang: configure a new build folder with "
                        "CC=clang CXX=clang++ (found ${CMAKE_CXX_COMPILER_ID}).")
endif()

set(JIANDU_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
add_compile_options(${JIANDU_SANITIZE_FLAGS} -fsanitize=fuzzer-no-link)
add_link_options(${JIANDU_SANITIZE_FLAGS})
