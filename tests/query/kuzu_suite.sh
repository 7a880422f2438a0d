#!/usr/bin/env bash
# ctest query_kuzu: builds the samples graph with its Neo4j CSV export and runs the query
# suite (suite.cypher) in kg and in Kùzu (kuzu_suite.mjs). Exit 77 (skipped) when node or
# the kuzu npm package is missing (../shared/tools/install-clients.sh installs it).
# Usage: kuzu_suite.sh KG SOURCE_DIR
set -euo pipefail
kg=$1 src=$2
clients=${CLIENTS_DIR:-/tmp/clients}
command -v node >/dev/null || { echo "SKIP: node not installed"; exit 77; }
[ -d "$clients/node_modules/kuzu" ] || { echo "SKIP: kuzu not installed under $clients (run ../shared/tools/install-clients.sh)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$kg" -q --models "$src/models" build "$src/samples" -o "$work/g" --formats neo4j
node "$src/tests/query/kuzu_suite.mjs" "$kg" "$work/g" "$work/g/neo4j" "$src/tests/query/suite.cypher"
