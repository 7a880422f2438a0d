#!/usr/bin/env bash
# kg query end to end: output formats, -f with several statements, stdin, warnings,
# syntax errors with line/column (exit 2), a missing graph (exit 3).
# Usage: query_e2e.sh KG SOURCE_DIR
set -euo pipefail
kg=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$kg" -q build --from-triples "$src/tests/data/triples-nasty.jsonl" -o "$work/g"
q="MATCH (a:Person)-[r:MEET]->(b) RETURN a.name AS who, b.name AS whom, r.weight AS w ORDER BY who"

# CSV (default when stdout is not a terminal): header, RFC 4180 quoting.
"$kg" -q query "$work/g" "$q" > "$work/out.csv"
head -1 "$work/out.csv" | grep -qx 'who,whom,w' || fail "csv header: $(head -1 "$work/out.csv")"
grep -q "^Dr. Amara Lindqvist,Tomás O'Reilly-Ng,2$" "$work/out.csv" || fail "csv row"
# The same query on graph.kgl itself, as JSON Lines and JSON.
"$kg" -q query "$work/g/graph.kgl" "$q" --format jsonl > "$work/out.jsonl"
grep -q '^{"who":"Dr. Amara Lindqvist","whom":"Tomás O'"'"'Reilly-Ng","w":2}$' "$work/out.jsonl" || fail "jsonl: $(cat "$work/out.jsonl")"
"$kg" -q query "$work/g" "$q" --format json > "$work/out.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and d[0]['w'] == 2, d" "$work/out.json" \
  || fail "json"
[ "$(wc -l < "$work/out.csv")" -eq "$(( $(wc -l < "$work/out.jsonl") + 1 ))" ] || fail "csv and jsonl row counts differ"
"$kg" -q query "$work/g" "$q" --format table > "$work/out.txt"
grep -q '^| who ' "$work/out.txt" || fail "table header"
grep -q '^([0-9]* rows\?)$' "$work/out.txt" || fail "table footer"

# -f FILE with two statements and comments; the query on stdin.
printf '// two statements\nMATCH (n:Person) RETURN count(*) AS persons;\n/* c */ MATCH (a:Article) RETURN count(*) AS articles;\n' > "$work/q.cypher"
"$kg" -q query "$work/g" -f "$work/q.cypher" > "$work/f.csv"
grep -qx persons "$work/f.csv" && grep -qx articles "$work/f.csv" || fail "-f: $(cat "$work/f.csv")"
echo "MATCH (n:Person) RETURN count(*) AS persons;" | "$kg" -q query "$work/g" > "$work/stdin.csv"
diff <(head -2 "$work/f.csv") "$work/stdin.csv" > /dev/null || fail "stdin"

# A syntax error: exit 2, line and column on stderr, nothing on stdout.
set +e
"$kg" query "$work/g" $'MATCH (a:Person)\nRETURN a.name AS' > "$work/err.out" 2> "$work/err.txt"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "syntax error exit code $rc"
grep -q "line 2, column 17: expected a column name but found end of input" "$work/err.txt" || fail "syntax message: $(cat "$work/err.txt")"
[ ! -s "$work/err.out" ] || fail "output on a syntax error"
# Unknown label: a warning, exit 0, empty result.
"$kg" query "$work/g" "MATCH (p:Persn) RETURN p.name" > "$work/w.csv" 2> "$work/w.txt"
grep -q "warning: query: line 1, column 7: unknown label 'Persn'" "$work/w.txt" || fail "warning: $(cat "$work/w.txt")"
[ "$(cat "$work/w.csv")" = "p.name" ] || fail "unknown label rows"
# Errors: undefined variable (2), bad format (2), missing graph (3), empty stdin (2).
set +e
"$kg" -q query "$work/g" "MATCH (p) RETURN q" > /dev/null 2>&1; [ $? -eq 2 ] || fail "undefined variable exit"
"$kg" -q query "$work/g" "RETURN 1" --format xml > /dev/null 2>&1; [ $? -eq 2 ] || fail "bad format exit"
"$kg" -q query "$work/none" "RETURN 1" > /dev/null 2>&1; [ $? -eq 3 ] || fail "missing graph exit"
"$kg" -q query "$work/g" < /dev/null > /dev/null 2>&1; [ $? -eq 2 ] || fail "empty stdin exit"
set -e
# A runaway query (issue #26): --timeout stops it with exit 2 and a message, promptly.
python3 - "$work/many.jsonl" <<'PY'
import json, random, sys
random.seed(7)
with open(sys.argv[1], "w") as f:
    for i in range(6000):
        a, b = random.randrange(1500), random.randrange(1500)
        f.write(json.dumps({"subject": {"text": f"Person Number{a}", "type": "Person", "kind": "entity"},
                            "relation": {"lemma": "meet", "surface": "met"},
                            "object": {"text": f"Person Number{b}", "type": "Person", "kind": "entity"},
                            "evidence": {"confidence": 0.5, "doc_id": f"d{i % 300}", "sentence": "x"}}) + "\n")
PY
"$kg" -q build --from-triples "$work/many.jsonl" -o "$work/many"
start=$(date +%s%N)
set +e
"$kg" query --timeout 0.5 "$work/many" "MATCH (a)-[*]-(b) RETURN count(*)" > /dev/null 2> "$work/timeout.txt"; rc=$?
set -e
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$rc" -eq 2 ] || fail "--timeout exit $rc: $(cat "$work/timeout.txt")"
grep -q "ran longer than the time limit (--timeout 0.5 s)" "$work/timeout.txt" || fail "--timeout message: $(cat "$work/timeout.txt")"
[ "$took_ms" -lt 10000 ] || fail "--timeout 0.5 took ${took_ms} ms"
# Neo4j habits kg does not have: a message that names the construct and the alternative.
set +e
"$kg" -q query "$work/g" "MATCH p = shortestPath((a:Person)-[*]-(b:Person)) RETURN p" > /dev/null 2> "$work/sp.txt"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "shortestPath exit $rc"
grep -q "shortestPath() is not supported: use \`kg path GRAPH A B\`" "$work/sp.txt" || fail "shortestPath message: $(cat "$work/sp.txt")"
echo "PASS kg query end to end"
