# All compiler settings live in one INTERFACE target that every Jiandu target links.
add_library(jiandu_common INTERFACE)
target_compile_features(jiandu_common INTERFACE cxx_std_20)
target_compile_definitions(jiandu_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    JIANDU_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(jiandu_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
    if(JIANDU_WERROR)
        target_compile_options(jiandu_common INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(jiandu_common INTERFACE /W4 /utf-8 /permissive-)
    if(JIANDU_WERROR)
        target_compile_options(jiandu_common INTERFACE /WX)
    endif()
endif()
