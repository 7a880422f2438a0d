#!/usr/bin/env bash
# Builds kg and its tests with clang, AddressSanitizer and UndefinedBehaviorSanitizer into
# build-asan/ and runs the unit and end-to-end tests there (corpus-accuracy and client
# checks are left to the normal build: they measure, and are slow under ASan).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang++ >/dev/null || { echo "sanitize: clang++ not found (apt-get install clang)"; exit 2; }
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -fsanitize-ignorelist=$PWD/scripts/ubsan-ignore.txt"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DKG_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "${KG_JOBS:-2}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
export KG_REPRO_ARTICLES=${KG_REPRO_ARTICLES:-600}  # reproduce_e2e: fewer articles under ASan
ctest --test-dir build-asan --output-on-failure -E "corpus_|export_clients"
