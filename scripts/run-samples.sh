#!/usr/bin/env bash
# Sets up, builds, and runs kg on the bundled samples/: the knowledge graph and every
# export go into out/ (graph.kgl, GraphML, GEXF, Turtle, N-Triples, N-Quads, Neo4j CSV,
# Cypher, JSON), the parsed text into out/samples.conllu; a summary goes to the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
./build/cli/kg build samples/ -o out --formats all
./build/cli/kg -q parse samples/ -o out/samples.conllu
echo "out/: $(ls out | tr '\n' ' ')"
