#!/usr/bin/env bash
# Cost of one pathological document (issue #26 item 2): a text file that is a single line of
# ordinary words without a sentence end, at two sizes. `kg extract` must take about linear
# time in the size (sentences are capped at kMaxSentenceTokens tokens, and the per-document
# steps index their mentions instead of scanning them per sentence or per triple).
#
# Usage: bash bench/long_line_bench.sh [--sizes "1 8"] [--kg PATH]
#   --sizes L  sizes in MB, default "1 8"
#   --kg PATH  the kg binary, default build/cli/kg (a Release build: scripts/setup.sh)
#
# For each size it writes /tmp/kg-long-line-MB.txt (words drawn with a fixed seed from a
# news-like vocabulary, no punctuation, one line) and runs `kg extract FILE -o /dev/null
# --threads 1` under /usr/bin/time, printing: MB, wall s, CPU s, s per MB (CPU), peak RSS
# (MB); then the CPU-time ratio of the last size to the first against the size ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="1 8"; kg=build/cli/kg
while (($#)); do
  case "$1" in
    --sizes) sizes=$2; shift 2;;
    --kg) kg=$2; shift 2;;
    -h|--help) sed -n '2,15p' "$0"; exit 0;;
    *) echo "long_line_bench: unknown argument $1" >&2; exit 2;;
  esac
done
[ -x "$kg" ] || { echo "long_line_bench: no kg binary at $kg (run scripts/setup.sh)" >&2; exit 2; }
printf '%s\t%s\t%s\t%s\t%s\n' MB wall_s cpu_s cpu_s_per_MB peak_rss_MB
first_mb=""; first_cpu=""; last_mb=""; last_cpu=""
for mb in $sizes; do
  file=/tmp/kg-long-line-$mb.txt
  python3 - "$mb" "$file" <<'EOF'
import random, sys
mb, path = float(sys.argv[1]), sys.argv[2]
random.seed(1)
words = ("the minister said that officials and the bank would work with the government on a new "
         "deal for roads and ports in the region while leaders met in the capital").split()
n, out, size = int(mb * 1_000_000), [], 0
while size < n:
    w = random.choice(words); out.append(w); size += len(w) + 1
open(path, 'w').write(' '.join(out) + '\n')
EOF
  stats=$( { /usr/bin/time -f '%e %U %S %M' "$kg" -q extract "$file" -o /dev/null --threads 1 >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys rss <<<"$stats"
  cpu=$(python3 -c "print(round($user + $sys, 2))")
  printf '%s\t%s\t%s\t%s\t%s\n' "$mb" "$wall" "$cpu" "$(python3 -c "print(round($cpu / $mb, 2))")" "$((rss / 1024))"
  [ -z "$first_mb" ] && { first_mb=$mb; first_cpu=$cpu; }
  last_mb=$mb; last_cpu=$cpu
  rm -f "$file"
done
if [ "$first_mb" != "$last_mb" ]; then
  python3 -c "print(f'CPU time x{$last_cpu / $first_cpu:.1f} for size x{$last_mb / $first_mb:.1f}')"
fi
