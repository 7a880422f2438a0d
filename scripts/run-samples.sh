#!/usr/bin/env bash
# Sets up, builds, and runs kg on the bundled samples/: the knowledge graph and every
# export go into out/ (graph.kgl, GraphML, GEXF, Turtle, N-Triples, N-Quads, Neo4j CSV,
# Cypher, JSON), the parsed text into out/samples.conllu, the kg view page into
# out/view.html (when view/'s npm packages are installed); a summary goes to the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
./build/cli/kg build samples/ -o out --formats all
./build/cli/kg -q parse samples/ -o out/samples.conllu
if [ -f view/node_modules/sigma/dist/sigma.min.js ]; then
  ./build/cli/kg -q view out -o out/view.html --title "kg: samples/"
else
  echo "run-samples: no out/view.html (kg view needs node and npm: apt-get install nodejs npm, then scripts/setup.sh)" >&2
fi
echo "out/: $(ls out | tr '\n' ' ')"
