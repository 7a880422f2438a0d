#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# into build-fuzz/, and runs each for SECONDS (default 30) on a seed corpus made from
# samples/ and tests/data/ (the query target: the queries of tests/query/suite.cypher).
# The targets are every one fuzz/CMakeLists.txt defines (listed by CMake in
# build-fuzz/fuzz-targets.txt), or those in KG_FUZZ_TARGETS.
# Exit status: non-zero if any target finds a crash.
# Usage: bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
command -v clang++ >/dev/null || { echo "fuzz: clang++ not found (apt-get install clang)"; exit 2; }
flags="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=all -fno-omit-frame-pointer -g -fsanitize-ignorelist=$PWD/scripts/ubsan-ignore.txt"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$flags" -DKG_FUZZ=ON -DKG_BUILD_TESTS=OFF \
  -DKG_BUILD_BENCH=OFF -DKG_BUILD_CLI=OFF >/dev/null
targets=${KG_FUZZ_TARGETS:-$(cat build-fuzz/fuzz-targets.txt)}
# shellcheck disable=SC2086
cmake --build build-fuzz -j "${KG_JOBS:-2}" --target $targets
seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
for f in samples/* tests/data/*; do [ -f "$f" ] && head -c 4096 "$f" > "$seeds/$(basename "$f")"; done
# Query seeds: one file per query of the end-to-end suite.
qseeds=build-fuzz/seeds-query
rm -rf "$qseeds" && mkdir -p "$qseeds"
awk -v d="$qseeds" '/^=== /{n++; next} /^--- kuzu/{skip=1; next} /^\/\//{next} { if (n && !skip) print > (d "/q" n ".cypher") } /^$/{skip=0}' \
  tests/query/suite.cypher
status=0
for t in $targets; do
  mkdir -p "build-fuzz/corpus-$t"
  echo "fuzz: $t for ${secs}s"
  s="$seeds"; [ "$t" = fuzz_query ] && s="$qseeds"
  if ! ./build-fuzz/fuzz/$t -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 \
       -artifact_prefix="build-fuzz/crash-$t-" "build-fuzz/corpus-$t" "$s" > "build-fuzz/$t.log" 2>&1; then
    echo "fuzz: $t FAILED (see build-fuzz/$t.log)"; tail -30 "build-fuzz/$t.log"; status=1
  else
    grep -E "^#[0-9]+.*DONE|Done [0-9]+ runs" "build-fuzz/$t.log" | tail -1
  fi
done
exit $status
