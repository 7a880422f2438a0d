#!/usr/bin/env bash
# Byte-identical on a corpus large enough to hit every kind of number (issue #27):
#   1. 2,000+ generated articles (bench/make_corpus.py) built whole, and in two halves
#      split by line parity, built separately and merged: the same graph.kgl and the same
#      bytes for every export; `kg export` of the whole build gives the build's own files.
#   2. the same articles in three shards through `kg extract` -> `kg build --from-triples`
#      -> `kg merge`: the same bytes as the whole build.
#   3. the three shards' triples with their confidences replaced by random 17-digit
#      doubles: whole and three-way merged from-triples builds agree byte for byte, every
#      stored confidence is canonical (at most three decimals), and so are the tables.
# KG_REPRO_ARTICLES overrides the article count (the sanitizer run uses fewer).
# Usage: reproduce_e2e.sh KG_BINARY SOURCE_DIR
set -euo pipefail
kg=$1; src=$2
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
m=(-q --models "$src/models")
want=${KG_REPRO_ARTICLES:-2100}
formats=(graphml gexf ttl nt nq cypher json)

# Exports of graph folder $1 written by `kg export` into $2, compared with folder $3's.
same_exports() {
  local g=$1 out=$2 ref=$3 what=$4 f
  mkdir -p "$out"
  for f in "${formats[@]}"; do
    "$kg" -q export "$g" --format "$f" -o "$out/graph.$f"
    cmp -s "$out/graph.$f" "$ref/graph.$f" || fail "$what: graph.$f differs"
  done
  "$kg" -q export "$g" --format neo4j -o "$out/neo4j"
  diff -r "$out/neo4j" "$ref/neo4j" > /dev/null || fail "$what: neo4j CSV differs"
}

# 1 MB of generated text (--varied) holds about 1,160 articles.
mb=$(python3 -c "print(round($want / 1100 + 0.01, 3))")
python3 "$src/bench/make_corpus.py" "$src/samples" "$W/corpus.jsonl" --mb "$mb" --seed 27 --varied > /dev/null
n=$(wc -l < "$W/corpus.jsonl"); [ "$n" -ge "$want" ] || fail "generated corpus too small ($n articles)"
grep -qv '"id": "bench-' "$W/corpus.jsonl" && fail "corpus lines without an id"

"$kg" "${m[@]}" build "$W/corpus.jsonl" -o "$W/one" --formats all || fail "whole build exited $?"
same_exports "$W/one" "$W/one-export" "$W/one" "kg export of the built graph != the build's exports"

# Two halves by line parity.
awk 'NR % 2 == 1' "$W/corpus.jsonl" > "$W/odd.jsonl"
awk 'NR % 2 == 0' "$W/corpus.jsonl" > "$W/even.jsonl"
for h in odd even; do
  "$kg" "${m[@]}" build "$W/$h.jsonl" -o "$W/$h" || fail "build of the $h half exited $?"
done
"$kg" -q merge "$W/odd" "$W/even" -o "$W/halves" || fail "merge of the halves exited $?"
cmp "$W/halves/graph.kgl" "$W/one/graph.kgl" || fail "graph.kgl: two halves merged != one build"
same_exports "$W/halves" "$W/halves" "$W/one" "two halves merged"

# Three shards through kg extract and --from-triples.
split -n l/3 -d -a 1 "$W/corpus.jsonl" "$W/shard"
for k in 0 1 2; do
  mv "$W/shard$k" "$W/shard$k.jsonl"
  "$kg" "${m[@]}" extract "$W/shard$k.jsonl" -o "$W/t$k.jsonl" || fail "extract of shard $k exited $?"
  "$kg" -q build --from-triples "$W/t$k.jsonl" -o "$W/g$k" || fail "from-triples build of shard $k exited $?"
done
"$kg" -q merge "$W/g0" "$W/g1" "$W/g2" -o "$W/thirds" || fail "merge of the three shards exited $?"
cmp "$W/thirds/graph.kgl" "$W/one/graph.kgl" || fail "graph.kgl: three shards via triples != one build"
same_exports "$W/thirds" "$W/thirds" "$W/one" "three shards via triples"
triples=$(cat "$W"/t?.jsonl | wc -l); [ "$triples" -ge 2000 ] || fail "only $triples triples"

# Random full-precision confidences: 1 in 10 would read back a bit off without exact parsing.
python3 - "$W" <<'PY'
import json, random, sys
w = sys.argv[1]
rng = random.Random(27)
for k in range(3):
    with open(f"{w}/t{k}.jsonl", encoding="utf-8") as f, open(f"{w}/r{k}.jsonl", "w", encoding="utf-8") as out:
        for line in f:
            t = json.loads(line)
            t.setdefault("evidence", {})["confidence"] = rng.random()
            out.write(json.dumps(t, ensure_ascii=False) + "\n")
PY
grep -q '"confidence": 0\.[0-9]\{15\}' "$W/r0.jsonl" || fail "the random confidences are not full precision"
cat "$W/r0.jsonl" "$W/r1.jsonl" "$W/r2.jsonl" > "$W/r.jsonl"
"$kg" -q build --from-triples "$W/r.jsonl" -o "$W/rone" --formats all || fail "from-triples build exited $?"
for k in 0 1 2; do "$kg" -q build --from-triples "$W/r$k.jsonl" -o "$W/rg$k" || fail "from-triples shard $k exited $?"; done
"$kg" -q merge "$W/rg0" "$W/rg1" "$W/rg2" -o "$W/rmerged" || fail "merge of random-confidence shards exited $?"
cmp "$W/rmerged/graph.kgl" "$W/rone/graph.kgl" || fail "random confidences: three shards merged != one build"
same_exports "$W/rmerged" "$W/rmerged" "$W/rone" "random confidences, three shards merged"
same_exports "$W/rone" "$W/rone-export" "$W/rone" "random confidences, kg export of the build"
long=$(grep -o '"confidence":[0-9.e-]*' "$W/rone/graph.kgl" | grep -c '\.[0-9]\{4,\}' || true)
[ "$long" -eq 0 ] || fail "$long stored confidences have more than three decimals"
distinct=$(grep -o '"confidence":[0-9.e-]*' "$W/rone/graph.kgl" | sort -u | wc -l)
[ "$distinct" -ge 500 ] || fail "only $distinct distinct confidences: the test hits too few values"
# Tables: kg explain of the five best-connected entities prints canonical confidences.
"$kg" -q stats "$W/rone" | sed -n '/^# top entities by degree/,/^$/p' | sed -n '3,7p' |
  python3 -c 'import csv, sys; [print(r[1]) for r in csv.reader(sys.stdin) if r]' > "$W/top.txt"
[ -s "$W/top.txt" ] || fail "kg stats lists no top entity"
while IFS= read -r name; do
  "$kg" -q neighbors "$W/rone" "$name" --format csv |
    python3 -c 'import csv, sys; [print(r[7]) for r in list(csv.reader(sys.stdin))[1:4]]' > "$W/nb.txt"
  while IFS= read -r other; do
    "$kg" -q explain "$W/rone" "$name" "$other" --limit 0 >> "$W/explain.txt" ||
      fail "kg explain '$name' '$other' exited $?"
  done < "$W/nb.txt"
done < "$W/top.txt"
grep -q 'confidence' "$W/explain.txt" || fail "kg explain printed no confidence"
if grep -q '[0-9]\.[0-9]*0000000[0-9]\|[0-9]\.[0-9]*9999999[0-9]' "$W/explain.txt" "$W/rone/graph.json" "$W/one/graph.json"; then
  fail "a table or export prints a confidence in a long form"
fi
echo "reproduce e2e: ok ($n articles, $triples triples, $distinct distinct confidences; halves, thirds and exports byte-identical)"
