#!/usr/bin/env bash
# End-to-end `kg build` throughput (issue #8 bars: >= 30 k tokens/s per core; 2 threads
# >= 1.7 x one thread; peak memory reported).
#
# Usage: bash bench/build_bench.sh [CORPUS.jsonl] [--mb MB] [--lines N] [--threads "1 2"] [--kg PATH]
#   CORPUS.jsonl  default /tmp/kg-bench-corpus.jsonl, made by bench/make_corpus.py (--mb, default 50)
#                 from samples/ when it does not exist
#   --lines N     use only the first N articles (a quick run)
#   --threads L   the thread counts to run, default "1 2"
#   --kg PATH     the kg binary, default build/cli/kg (a Release build: scripts/setup.sh)
#
# For each thread count it runs `kg build --threads N CORPUS -o DIR` (graph.kgl only, no
# exports) under /usr/bin/time -v and prints one row:
#   threads, documents, tokens, wall s, CPU s (user+sys), tokens/s (wall clock), tokens per
#   CPU-second, documents/s (wall clock), peak RSS (MB)
# then the wall-clock speed-up of each thread count over the first one. Every figure covers
# the whole process (model loading, reading, extraction, graph, writing graph.kgl).
# Wall-clock figures need a quiet machine; tokens per CPU-second are less sensitive to
# other jobs (not immune: they share caches and memory bandwidth).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=/tmp/kg-bench-corpus.jsonl; mb=50; lines=0; threads="1 2"; kg=build/cli/kg
while (($#)); do
  case "$1" in
    --mb) mb=$2; shift 2;;
    --lines) lines=$2; shift 2;;
    --threads) threads=$2; shift 2;;
    --kg) kg=$2; shift 2;;
    -h|--help) sed -n '2,20p' "$0"; exit 0;;
    *) corpus=$1; shift;;
  esac
done
[ -x "$kg" ] || { echo "build_bench: $kg not found (bash scripts/setup.sh)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "build_bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$(dirname "$(dirname "$kg")")/CMakeCache.txt" 2>/dev/null || true)
[ "$type" = Release ] || echo "build_bench: warning: $kg is not a Release build ($type)" >&2
if [ ! -s "$corpus" ]; then
  echo "build_bench: making $corpus ($mb MB) from samples/" >&2
  python3 bench/make_corpus.py samples "$corpus" --mb "$mb" >&2
fi
input=$corpus
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [ "$lines" -gt 0 ]; then head -n "$lines" "$corpus" > "$work/slice.jsonl"; input=$work/slice.jsonl; fi
echo "corpus: $input ($(wc -l < "$input") articles, $(du -m "$input" | cut -f1) MB); kg: $kg; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%7s %9s %10s %8s %8s %10s %14s %8s %8s\n' threads documents tokens wall_s cpu_s tokens/s tokens/cpu_s docs/s rss_MB
first_wall=""
declare -A walls
for n in $threads; do
  rm -rf "$work/out"
  /usr/bin/time -v -o "$work/time.txt" "$kg" --models models build --threads "$n" "$input" -o "$work/out" \
    2> "$work/kg.err" || { cat "$work/kg.err" >&2; exit 1; }
  summary=$(grep "summary:" "$work/kg.err" | tail -1)
  docs=$(sed -E 's/.*summary: ([0-9]+) documents.*/\1/' <<< "$summary")
  toks=$(sed -E 's/.*documents, ([0-9]+) tokens.*/\1/' <<< "$summary")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$work/time.txt")
  sys=$(awk -F': ' '/System time/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time.txt")
  awk -v n="$n" -v d="$docs" -v t="$toks" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
    c = u + s; printf "%7d %9d %10d %8.1f %8.1f %10.0f %14.0f %8.1f %8.0f\n", n, d, t, w, c, t / w, t / c, d / w, r / 1024 }'
  walls[$n]=$wall
  [ -n "$first_wall" ] || first_wall=$wall
done
for n in $threads; do
  awk -v n="$n" -v a="$first_wall" -v b="${walls[$n]}" 'BEGIN { printf "speed-up with %d thread(s): %.2fx (wall clock)\n", n, a / b }'
done
