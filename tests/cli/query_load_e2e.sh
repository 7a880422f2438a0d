#!/usr/bin/env bash
# kg query's loader choice: every query of tests/query/suite.cypher (the kg texts) gives
# byte-identical output (CSV and JSON Lines) and exit code with --full-load and with the
# automatic choice (graph loaded without evidence when the query cannot read it); both
# loaders must actually be chosen by the suite. Also -f with several statements.
# Usage: query_load_e2e.sh KG SOURCE_DIR
set -euo pipefail
kg=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$kg" -q --models "$src/models" build "$src/samples" -o "$work/g"

# One file per case: the lines after "=== NAME" up to "--- kuzu" or the next case, without
# "//" lines and a trailing "(empty ok)" mark (as tests/query/kuzu_suite.mjs reads them).
mkdir "$work/q"
awk -v dir="$work/q" '
  /^=== / { n++; file = sprintf("%s/%03d.cypher", dir, n); skip = 0; next }
  /^--- kuzu/ { skip = 1; next }
  /^\/\// { next }
  n && !skip { sub(/\(empty ok\)[ \t]*$/, ""); print > file }
' "$src/tests/query/suite.cypher"
cases=$(ls "$work/q" | wc -l)
[ "$cases" -ge 40 ] || fail "only $cases cases read from suite.cypher"

topology=0 full=0
for f in "$work/q"/*.cypher; do
  q=$(cat "$f")
  for fmt in csv jsonl; do
    set +e
    "$kg" -q query "$work/g" "$q" --format "$fmt" --full-load > "$work/full.out" 2> "$work/full.err"
    rc_full=$?
    "$kg" -v query "$work/g" "$q" --format "$fmt" > "$work/auto.out" 2> "$work/auto.err"
    rc_auto=$?
    set -e
    [ "$rc_full" -eq "$rc_auto" ] || fail "$f ($fmt): exit $rc_full with --full-load, $rc_auto without: $(cat "$work/auto.err")"
    [ "$rc_full" -eq 0 ] || fail "$f ($fmt): exit $rc_full: $(cat "$work/full.err")"
    cmp -s "$work/full.out" "$work/auto.out" || fail "$f ($fmt): output differs: $(diff "$work/full.out" "$work/auto.out" | head -5)"
    [ "$fmt" = jsonl ] || [ -s "$work/full.out" ] || fail "$f ($fmt): no output"
    if grep -q "graph loaded without evidence" "$work/auto.err"; then topology=$((topology + 1))
    elif grep -q "graph loaded with its evidence" "$work/auto.err"; then full=$((full + 1))
    else fail "$f: no loader message in: $(cat "$work/auto.err")"; fi
  done
done
echo "$cases cases: $((topology / 2)) loaded without evidence, $((full / 2)) with"
[ "$topology" -gt 0 ] || fail "no suite query was run without evidence"
[ "$full" -gt 0 ] || fail "every suite query was run without evidence"

# Evidence is loaded for a query reading it, not for one reading only the weight.
"$kg" -v query "$work/g" "MATCH ()-[r]->() RETURN r.sentence LIMIT 1" > /dev/null 2> "$work/one.err"
grep -q "with its evidence" "$work/one.err" || fail "r.sentence without evidence"
"$kg" -v query "$work/g" "MATCH ()-[r]->() RETURN sum(r.weight)" > /dev/null 2> "$work/one.err"
grep -q "without evidence" "$work/one.err" || fail "r.weight loaded the evidence"

# -f with every case: one statement needs evidence, so the whole script loads it; the
# same file on stdin; both equal to --full-load.
for f in "$work/q"/*.cypher; do cat "$f"; echo ';'; done > "$work/all.cypher"
"$kg" -q query "$work/g" -f "$work/all.cypher" --full-load > "$work/all.full"
"$kg" -v query "$work/g" -f "$work/all.cypher" > "$work/all.auto" 2> "$work/all.err"
grep -q "with its evidence" "$work/all.err" || fail "-f: mixed script loaded without evidence"
cmp -s "$work/all.full" "$work/all.auto" || fail "-f: output differs"
"$kg" -q query "$work/g" < "$work/all.cypher" > "$work/all.stdin"
cmp -s "$work/all.full" "$work/all.stdin" || fail "stdin: output differs"
# A script of topology-only statements loads without evidence.
printf 'MATCH (a)-[r]->(b) RETURN type(r) AS t, sum(r.weight) AS w ORDER BY t;\nMATCH (n:Person) RETURN n ORDER BY n.name;\n' \
  > "$work/topo.cypher"
"$kg" -q query "$work/g" -f "$work/topo.cypher" --full-load > "$work/topo.full"
"$kg" -v query "$work/g" -f "$work/topo.cypher" > "$work/topo.auto" 2> "$work/topo.err"
grep -q "without evidence" "$work/topo.err" || fail "-f: topology script loaded the evidence"
cmp -s "$work/topo.full" "$work/topo.auto" || fail "-f topology: output differs"
[ "$(wc -l < "$work/topo.auto")" -gt 4 ] || fail "-f topology: too little output"
echo "query_load_e2e: ok"
