#!/usr/bin/env bash
# Query speed of kg and an embedded Cypher engine on the synthetic 1 M-edge graph (issue #7):
# LadybugDB, the maintained fork of Kùzu (bash scripts/setup-oracle.sh), or Kùzu itself with
# ORACLE=kuzu (../shared/tools/install-clients.sh).
#   bash bench/query_bench.sh [BUILD_DIR] [WORK_DIR] [RUNS]
# Makes WORK_DIR/g (graph.kgl + Neo4j CSV) from `kg_graph_bench gen 1000000` triples once,
# loads the CSV into a Kùzu database in WORK_DIR/kuzu once (timed), then times graph load,
# one-hop and two-hop queries in kg (kg_query_bench) and the same queries in Kùzu.
# Heavy (several GB in WORK_DIR, minutes of CPU): run it nice'd on a quiet machine.
set -euo pipefail
build=${1:-build} work=${2:-/tmp/kg-query-bench} runs=${3:-20}
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
if [ ! -f "$work/g/graph.kgl" ]; then
  "$build/bench/kg_graph_bench" gen 1000000 "$work/triples.jsonl"
  "$build/cli/kg" -q build --from-triples "$work/triples.jsonl" -o "$work/g" --formats neo4j
fi
# Anchor: the Person with synthetic entity number 30000 (degree about 10).
name=$("$build/cli/kg" -q query "$work/g" \
  "MATCH (p:Person) WHERE p.name ENDS WITH ' Example30000' RETURN p.name" --format jsonl | sed 's/.*":"\(.*\)"}/\1/')
echo "anchor: $name"
/usr/bin/time -f "kg_query_bench process: wall %e s, user %U s, sys %S s, max RSS %M KB" \
  "$build/bench/kg_query_bench" "$work/g/graph.kgl" "$name" "$runs" | tee "$work/kg-bench.txt"
oracle=${ORACLE:-ladybug}
node "$src/bench/query_bench_kuzu.mjs" "$work/g/neo4j" "$work/$oracle" "$name" "$runs" "$work/kg-bench.txt" "$oracle"
