# Warnings and hardening shared by every Carnet target.
add_library(carnet_compiler_flags INTERFACE)

target_compile_options(carnet_compiler_flags INTERFACE
    -Wall -Wextra -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Wformat=2 -Wformat-security
    -fstack-protector-strong
    $<$<BOOL:${CARNET_WERROR}>:-Werror>)

# FORTIFY needs optimisation; sanitizer builds skip it because ASan replaces the same functions.
if(NOT CARNET_SANITIZE)
    target_compile_definitions(carnet_compiler_flags INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()

target_link_options(carnet_compiler_flags INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)

include(CheckPIESupported)
check_pie_supported()

if(CARNET_SANITIZE)
    target_compile_options(carnet_compiler_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(carnet_compiler_flags INTERFACE -fsanitize=address,undefined)
endif()
