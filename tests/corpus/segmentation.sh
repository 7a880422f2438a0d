#!/usr/bin/env bash
# Segmentation accuracy from raw text on UD EWT test and UD PUD (CoNLL 2018 style F1),
# checked against the bars of issue #2. Skips (exit 77) when ../shared is absent.
# Usage: segmentation.sh KG_BINARY SOURCE_DIR
set -uo pipefail
kg=$1; src=$2
corp="$src/../shared/corpora"
if [ ! -f "$corp/ud-english-ewt/en_ewt-ud-test.conllu" ]; then
  echo "SKIP: ../shared/corpora not found; corpus accuracy checks need it"; exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {  # name gold min_token_f1 min_sentence_f1
  python3 "$src/bench/conllu_to_raw.py" "$2" > "$tmp/$1.txt"
  "$kg" parse --keep-boilerplate -q "$tmp/$1.txt" -o "$tmp/$1.conllu" || { echo "FAIL: kg parse $1"; exit 1; }
  out=$(python3 "$src/bench/seg_eval.py" "$2" "$tmp/$1.conllu") || { echo "FAIL: scorer $1: $out"; exit 1; }
  echo "$1"; echo "$out"
  tok=$(echo "$out" | awk '/^Tokens/ {print $7}'); sen=$(echo "$out" | awk '/^Sentences/ {print $7}')
  awk -v t="$tok" -v s="$sen" -v mt="$3" -v ms="$4" 'BEGIN { exit !(t >= mt && s >= ms) }' ||
    { echo "FAIL: $1 token F1 $tok (bar $3), sentence F1 $sen (bar $4)"; exit 1; }
}
check ewt-test "$corp/ud-english-ewt/en_ewt-ud-test.conllu" 98.5 85
check pud "$corp/ud-english-pud/en_pud-ud-test.conllu" 0 95
echo "segmentation bars: ok"
