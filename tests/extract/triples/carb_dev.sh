#!/usr/bin/env bash
# CaRB dev bars of issue #5: `kg extract --format carb` on ../shared/benchmarks/carb-dev
# scored with ../shared/tools/carb_score.py must reach F1 >= 0.45 and AUC >= 0.23.
# Skips (exit 77) when ../shared or python3 is absent.
# Usage: carb_dev.sh KG_BINARY SOURCE_DIR
set -uo pipefail
kg=$1; src=$2
carb="$src/../shared/benchmarks/carb-dev"; scorer="$src/../shared/tools/carb_score.py"
if [ ! -f "$carb/dev.txt" ] || [ ! -f "$scorer" ] || ! command -v python3 >/dev/null; then
  echo "SKIP: ../shared/benchmarks/carb-dev or the scorer not found"; exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$kg" -q --models "$src/models" extract --format carb "$carb/dev.txt" -o "$tmp/dev.tsv" || { echo "FAIL: kg extract"; exit 1; }
out=$(python3 "$scorer" --gold "$carb/gold.tsv" --pred "$tmp/dev.tsv" -q) || { echo "FAIL: scorer: $out"; exit 1; }
echo "CaRB dev: $out"
f1=$(echo "$out" | sed -n 's/.*F1=\([0-9.]*\).*/\1/p'); auc=$(echo "$out" | sed -n 's/.*AUC=\([0-9.]*\).*/\1/p')
awk -v f="$f1" -v a="$auc" 'BEGIN { exit !(f >= 0.45 && a >= 0.23) }' || { echo "FAIL: F1 $f1 (bar 0.45), AUC $auc (bar 0.23)"; exit 1; }
echo "CaRB bars: ok"
