#!/usr/bin/env bash
# ctest query_kuzu: builds the samples graph with its Neo4j CSV export and runs the query
# suite (suite.cypher) in kg and in each installed oracle engine (kuzu_suite.mjs,
# oracle.mjs): LadybugDB, the maintained fork of Kùzu (scripts/setup-oracle.sh installs it
# under tests/query/oracle/), and Kùzu itself while it still installs (under $CLIENTS_DIR,
# from ../shared/tools/install-clients.sh). Exit 77 (skipped) when node or both are missing.
# Usage: kuzu_suite.sh KG SOURCE_DIR
set -euo pipefail
kg=$1 src=$2
command -v node >/dev/null || { echo "SKIP: node not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$kg" -q --models "$src/models" build "$src/samples" -o "$work/g" --formats neo4j
ran=0
for oracle in ladybug kuzu; do
  rc=0
  node "$src/tests/query/kuzu_suite.mjs" "$kg" "$work/g" "$work/g/neo4j" "$src/tests/query/suite.cypher" "$oracle" || rc=$?
  case $rc in
    0) ran=$((ran + 1));;
    77) ;;
    *) exit "$rc";;
  esac
done
if [ "$ran" = 0 ]; then
  echo "SKIP: no oracle installed (bash scripts/setup-oracle.sh installs LadybugDB)"
  exit 77
fi
