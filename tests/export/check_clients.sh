#!/usr/bin/env bash
# Runs shared/tools/check-exports.sh --strict on every export of the hand-made fixture
# (labels and sentences with & < > " ' \, control characters, U+2028, emoji, CJK, RTL), in
# the default and in the --mode all --documents variants, and loads the JSON export with
# graphology (npm) and networkx. Exit 77 (ctest: skipped) when ../shared/tools or the
# clients are missing: install them with `bash ../shared/tools/install-clients.sh`.
# Usage: check_clients.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -uo pipefail
KG="$1"; SRC="$2"; SHARED="$3"
CLIENTS_DIR="${CLIENTS_DIR:-/tmp/clients}"; export CLIENTS_DIR
PY=/usr/bin/python3
skip() { echo "SKIP: $* (run: bash $SHARED/tools/install-clients.sh)"; exit 77; }
[ -f "$SHARED/tools/check-exports.sh" ] || skip "no $SHARED/tools/check-exports.sh"
for c in xmllint rapper serdi roqet java node; do command -v $c >/dev/null || skip "client $c not installed"; done
[ -f "$CLIENTS_DIR/jena.classpath" ] || skip "Jena class path not set up in $CLIENTS_DIR"
for p in graphology graphology-graphml graphology-gexf oxigraph n3 kuzu; do
  [ -f "$CLIENTS_DIR/node_modules/$p/package.json" ] || skip "npm package $p not in $CLIENTS_DIR"
done
$PY -c 'import networkx, igraph, rdflib' 2>/dev/null || skip "python3-networkx/igraph/rdflib missing"

set -e
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
"$KG" -q build --from-triples "$SRC/tests/data/triples-nasty.jsonl" -o "$W/out" --formats all
"$KG" -q export "$W/out" -f graphml --mode all --documents -o "$W/all.graphml"
"$KG" -q export "$W/out" -f gexf --mode all --documents -o "$W/all.gexf"
"$KG" -q export "$W/out" -f nq --min-confidence 0.6 -o "$W/filtered.nq"
"$KG" -q export "$W/out" -f json --mode all --documents -o "$W/all.json"
set +e
bash "$SHARED/tools/check-exports.sh" --strict "$W/out/graph.graphml" "$W/out/graph.gexf" "$W/out/graph.ttl" \
  "$W/out/graph.nt" "$W/out/graph.nq" "$W/out/neo4j" "$W/all.graphml" "$W/all.gexf" "$W/filtered.nq"
rc=$?
set -e
[ $rc -eq 0 ] || { echo "FAIL: check-exports.sh --strict"; exit 1; }
node "$SRC/tests/export/check_json.mjs" "$W/out/graph.json"
node "$SRC/tests/export/check_json.mjs" "$W/all.json"
$PY - "$W/out/graph.json" <<'PY'
import json, sys
import networkx as nx
d = json.load(open(sys.argv[1], encoding="utf-8"))
g = nx.node_link_graph(d)
assert g.number_of_nodes() == len(d["nodes"]) and g.number_of_edges() == len(d["links"]), "networkx counts"
print(f"PASS networkx-json nodes={g.number_of_nodes()} edges={g.number_of_edges()}")
PY
echo "export clients: OK"
