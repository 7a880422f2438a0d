#!/usr/bin/env bash
# End-to-end: kg extract on samples/ (deterministic, streams, feeds kg build
# --from-triples) and, when ../shared exists, the seed article's required triples.
# Usage: extract_e2e.sh KG_BINARY SOURCE_DIR
set -uo pipefail
kg=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
m=(--models "$src/models")

"$kg" -q "${m[@]}" extract "$src/samples" -o "$tmp/a.jsonl" || fail "kg extract samples exited $?"
"$kg" -q "${m[@]}" extract "$src/samples" -o "$tmp/b.jsonl"
cmp -s "$tmp/a.jsonl" "$tmp/b.jsonl" || fail "two runs differ"
n=$(wc -l < "$tmp/a.jsonl"); [ "$n" -ge 40 ] || fail "only $n triples from samples/"
grep -q '"rule":"clause.svo' "$tmp/a.jsonl" || fail "no clause triples"
# stdin to stdout
"$kg" -q "${m[@]}" extract --format jsonl - < "$src/samples/andes-lithium.txt" > "$tmp/s.jsonl" || fail "stdin"
[ -s "$tmp/s.jsonl" ] || fail "nothing from stdin"
# the graph reads what extract writes
"$kg" -q build --from-triples "$tmp/a.jsonl" -o "$tmp/g" || fail "kg build --from-triples rejected the output"
[ -s "$tmp/g/graph.kgl" ] || fail "no graph written"
# carb format: one line per extraction, 5+ fields
printf 'China supports Cambodia .\nThe minister met the president in Paris .\n' > "$tmp/s.txt"
"$kg" -q "${m[@]}" extract --format carb "$tmp/s.txt" > "$tmp/c.tsv" || fail "carb"
grep -qP '^China supports Cambodia \.\t[0-9.]+\tsupports\tChina\tCambodia$' "$tmp/c.tsv" || fail "carb line: $(cat "$tmp/c.tsv")"
"$kg" -q "${m[@]}" extract --extractors bogus "$tmp/s.txt" > /dev/null 2>&1 && fail "unknown extractor accepted"

# CoNLL-U input keeps its trees (regression: this crashed)
"$kg" -q "${m[@]}" extract --input-format conllu "$src/tests/data/tiny_treebank.conllu" > "$tmp/u.jsonl" || fail "conllu input"
grep -q '"subject":{"text":"cat","kind":"concept"},"relation":{"lemma":"sit on"' "$tmp/u.jsonl" || fail "conllu: cat sit on mat"
grep -q '"text":"what"' "$tmp/u.jsonl" && fail "wh-word as a graph argument"

seed=$(ls "$src"/../shared/seeds/*.txt 2>/dev/null | head -1)
if [ -n "$seed" ]; then
  "$kg" -q "${m[@]}" extract "$seed" -o "$tmp/seed.jsonl" || fail "seed"
  need() {  # every pattern on one line
    local lines; lines=$(cat "$tmp/seed.jsonl")
    for p in "$@"; do lines=$(grep -F -- "$p" <<< "$lines"); done
    [ -n "$lines" ] || fail "seed: no triple with $*"
  }
  need '"subject":{"text":"Wang Yi","type":"Person"' '"lemma":"meet with","surface":"met with","class":"MEET"},"object":{"text":"Sok Chenda Sophea","type":"Person"'
  grep -F '"object":{"text":"Sok Chenda Sophea"' "$tmp/seed.jsonl" | grep -F '"class":"MEET"' | grep -F '"time":"2024-05-24"' | grep -qF '"place":"Beijing"' || fail "seed: meeting time/place"
  need '"subject":{"text":"Wang Yi","type":"Person"' '"lemma":"be member of"' '"class":"MEMBER_OF"},"object":{"text":"CPC Central Committee'
  need '"subject":{"text":"China","type":"Place"' '"class":"SUPPORT"},"object":{"text":"Cambodia","type":"Place"'
  need '"subject":{"text":"Cambodia"' '"lemma":"uphold","surface":"upholds","class":"SUPPORT"},"object":{"text":"One-China concept"'
  grep -qE 'HomeNews|Most Popular|Follow us' "$tmp/seed.jsonl" && fail "boilerplate in the seed triples"
fi
echo "extract e2e: ok"
