#!/usr/bin/env bash
# Curating a graph (issue #25), end to end:
#   1. samples/ split three ways (A, B, C): build A+B == build A then `kg add` B ==
#      build A+B+C then `kg remove` C, byte for byte (graph.kgl and every export);
#   2. the same article given twice counts once; no absolute path in any output;
#   3. merge overrides (--aliases) on build, add and merge: a merge of two nodes, a
#      retyped name and a split of a short name; kg explain shows "override"; a malformed
#      file is an error naming file and line (exit 2), with nothing written;
#   4. ingestion dates (--ingested) in graph.kgl, kg documents and kg explain;
#   5. 2,000 generated articles: build of all == build of half then add of the rest, and
#      remove of the rest == build of half.
# Usage: curate_e2e.sh KG_BINARY SOURCE_DIR
set -euo pipefail
kg=$1; src=$2
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
m=(-q --models "$src/models")
s=$src/samples
cd "$W"

# 1. Three parts of samples/.
mkdir -p A B C AB ABC
cp "$s/andes-lithium.txt" "$s/brussels-digital-pact.json" A/
cp "$s/hanoi-jakarta-maritime.txt" "$s/mekong-water-summit.md" B/
cp "$s/nairobi-eu-trade.html" "$s/wire.jsonl" C/
cp A/* B/* AB/
cp A/* B/* C/* ABC/
"$kg" "${m[@]}" build AB -o one --formats all || fail "build A+B exited $?"
"$kg" "${m[@]}" build A -o grown --formats all || fail "build A exited $?"
"$kg" "${m[@]}" add grown B || fail "add B exited $?"
diff -r one grown > /dev/null || fail "build A, add B != build A+B: $(diff -rq one grown | head -3)"
"$kg" "${m[@]}" build ABC -o shrunk --formats all || fail "build A+B+C exited $?"
"$kg" documents shrunk --format csv > docs.csv || fail "documents exited $?"
[ "$(tail -n +2 docs.csv | wc -l)" -eq 8 ] || fail "kg documents: $(cat docs.csv)"
grep -q '^[0-9a-f]\{16\},nairobi-eu-trade.html,2025-04-09,' docs.csv || fail "content id and path: $(cat docs.csv)"
printf '# retracted\nnairobi-eu-trade.html\nwire-001\n\nwire-002\n' > gone.txt
"$kg" "${m[@]}" remove shrunk --documents-file gone.txt --document wire-003 || fail "remove exited $?"
diff -r one shrunk > /dev/null || fail "build A+B+C, remove C != build A+B: $(diff -rq one shrunk | head -3)"
# A graph file (no folder) grows the same way.
"$kg" "${m[@]}" build A -o a.kgl || fail "build a.kgl exited $?"
"$kg" "${m[@]}" add a.kgl B || fail "add to a.kgl exited $?"
cmp a.kgl one/graph.kgl || fail "add to a .kgl file != build A+B"
# An unknown document: exit 2, the graph untouched.
cp -r one before
set +e; "$kg" -q remove one --document no-such-article 2> err.txt; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "remove of an unknown document: exit $rc, want 2"
grep -q "no such document in the graph: no-such-article" err.txt || fail "remove error: $(cat err.txt)"
diff -r one before > /dev/null || fail "a refused remove changed the graph"

# 2. The same article twice counts once; no absolute path reaches any output.
"$kg" "${m[@]}" build "$W/AB" -o "$W/abs" --formats all || fail "build with absolute paths exited $?"
cp AB/andes-lithium.txt copy-of-andes.txt
"$kg" --models "$src/models" build "$W/AB" "$W/copy-of-andes.txt" -o twice --formats all 2> twice.log ||
  fail "build with a duplicate exited $?"
grep -q "duplicate, skipped: document [0-9a-f]* was read before from andes-lithium.txt" twice.log ||
  fail "duplicate not reported: $(grep -i dup twice.log)"
diff -r abs twice > /dev/null || fail "an article given twice changed the graph"
! grep -rq "$W" abs twice || fail "an absolute path in an output: $(grep -rl "$W" abs twice | head -3)"

# 3. Merge overrides.
cat > aliases.txt << 'EOF'
# two nodes that are one entity, a name of another type, a short name that is someone else
European Commission = European Union
Antofagasta : Place
Tran != Tran Minh Duc
EOF
"$kg" "${m[@]}" build "$s" -o ov --aliases aliases.txt --formats all || fail "build --aliases exited $?"
python3 - ov/graph.kgl << 'EOF' || fail "overrides not applied"
import json, sys
nodes = {r['key']: r for r in map(json.loads, open(sys.argv[1])) if 'node' in r}
assert 'Organization|european commission' not in nodes, 'European Commission still a node'
eu = nodes['Organization|european union']
assert any(n == 'European Commission' for n, _ in eu['names']), eu['names']
assert 'Place|antofagasta' in nodes and 'Organization|antofagasta' not in nodes
assert 'Person|tran' in nodes, 'Tran not split off'
assert all(n != 'Tran' for n, _ in nodes['Person|tran minh duc']['names']), nodes['Person|tran minh duc']['names']
EOF
"$kg" explain ov "European Union" --format csv | grep -q "European Commission,override," ||
  fail "explain does not show the override: $("$kg" explain ov "European Union" --format csv | grep -i commission)"
"$kg" "${m[@]}" build A -o ov_a --aliases aliases.txt --formats all
"$kg" "${m[@]}" add ov_a B --aliases aliases.txt
"$kg" "${m[@]}" build AB -o ov_ab --aliases aliases.txt --formats all
diff -r ov_a ov_ab > /dev/null || fail "build A, add B with --aliases != build A+B with --aliases"
"$kg" "${m[@]}" build A -o plain_a
"$kg" "${m[@]}" build B -o plain_b
"$kg" -q merge plain_a plain_b -o merged --aliases aliases.txt || fail "merge --aliases exited $?"
cmp merged/graph.kgl ov_ab/graph.kgl || fail "merge --aliases != build --aliases"
printf 'Wang Yi = Wang\n\nthis line has no operator\n' > bad.txt
set +e; "$kg" -q build A -o never --aliases bad.txt 2> err.txt; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "malformed overrides: exit $rc, want 2"
grep -q "bad.txt:3: expected 'NAME = NAME'" err.txt || fail "malformed overrides message: $(cat err.txt)"
[ ! -e never ] || fail "a malformed overrides file still wrote output"

# 4. Ingestion dates.
"$kg" "${m[@]}" build A -o ing --ingested 2026-01-05 || fail "build --ingested exited $?"
"$kg" "${m[@]}" add ing B --ingested 2026-01-06 || fail "add --ingested exited $?"
"$kg" documents ing --format csv | grep -q "hanoi-jakarta-maritime.txt,2025-03-14,2026-01-06," ||
  fail "kg documents: $("$kg" documents ing --format csv)"
"$kg" explain ing Wulandari Tran --format table | grep -q "published 2025-03-14 · ingested 2026-01-06" ||
  fail "kg explain: $("$kg" explain ing Wulandari Tran --format table | grep when)"
set +e; "$kg" -q build A -o never --ingested yesterday 2> /dev/null; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "--ingested yesterday: exit $rc, want 2"

# 5. 2,000 generated articles: half, then the rest added; all, then the rest removed.
python3 "$src/bench/make_corpus.py" "$s" corpus.jsonl --mb 1.65 --seed 11 > /dev/null
n=$(wc -l < corpus.jsonl); [ "$n" -ge 2000 ] || fail "generated corpus too small ($n articles)"
mkdir -p half rest
head -n 1000 corpus.jsonl > half/corpus.jsonl
tail -n +1001 corpus.jsonl > rest/corpus.jsonl
python3 -c "import json,sys; [print(json.loads(l)['id']) for l in open(sys.argv[1])]" rest/corpus.jsonl > rest.ids
"$kg" "${m[@]}" build corpus.jsonl -o big_all --formats graphml,gexf,neo4j,json || fail "build 2,000 exited $?"
"$kg" "${m[@]}" build half -o big_grown --formats graphml,gexf,neo4j,json
"$kg" "${m[@]}" add big_grown rest || fail "add of the rest exited $?"
diff -r big_all big_grown > /dev/null || fail "2,000 articles: build half, add the rest != build all"
"$kg" "${m[@]}" build half -o big_half --formats graphml,gexf,neo4j,json
"$kg" "${m[@]}" remove big_all --documents-file rest.ids || fail "remove of the rest exited $?"
diff -r big_all big_half > /dev/null || fail "2,000 articles: build all, remove the rest != build half"
echo "curate e2e: ok (add/remove byte-identical on samples/ and $n articles; duplicates, overrides, ingestion dates)"
