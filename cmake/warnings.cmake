# One warnings target that every project target links.
add_library(kg_warnings INTERFACE)
target_compile_options(kg_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor)
if(KG_WERROR)
  target_compile_options(kg_warnings INTERFACE -Werror)
endif()
