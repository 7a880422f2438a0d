#!/usr/bin/env bash
# Sets up, builds and runs every test: unit tests (doctest), end-to-end CLI tests, and
# the corpus checks when ../shared is present (skipped with a message otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh ${KG_CMAKE_ARGS:-}
# The query oracle (LadybugDB, npm) of ctest query_kuzu; without npm the test is skipped.
bash scripts/setup-oracle.sh || echo "test: the query oracle could not be installed; query_kuzu will be skipped" >&2
ctest --test-dir build --output-on-failure
