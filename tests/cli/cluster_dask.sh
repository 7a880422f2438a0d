#!/usr/bin/env bash
# ctest cluster_dask (issue #26): kg on a real distributed engine. Starts a local Dask
# scheduler and two workers (Debian's python3-distributed), runs scripts/dask_extract.py
# (kg extract as the map step on the workers, kg build --from-triples as the reduce) on
# articles generated from samples/, and checks that graph.kgl and the exports are
# byte-identical to `kg build` of the same articles on one machine.
# Exit 77 (skipped) when /usr/bin/python3 has no Dask (apt-get install python3-distributed).
# Usage: cluster_dask.sh KG_BINARY SOURCE_DIR
set -uo pipefail
kg=$1; src=$(cd "$2" && pwd)
py=/usr/bin/python3
if ! [ -x "$py" ] || ! "$py" -c "import distributed" 2>/dev/null; then
  echo "SKIP: Dask is not installed for $py (apt-get install python3-distributed)"
  exit 77
fi
for c in dask-scheduler dask-worker; do
  command -v "$c" >/dev/null || { echo "SKIP: $c not found (python3-distributed)"; exit 77; }
done
W=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$W"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; for f in "$W"/*.log; do echo "--- $f" >&2; tail -5 "$f" >&2; done; exit 1; }
kg=$(cd "$(dirname "$kg")" && pwd)/$(basename "$kg")
m=(--models "$src/models")

python3 "$src/bench/make_corpus.py" "$src/samples" "$W/articles.jsonl" --mb 0.3 --seed 3 > /dev/null || fail "make_corpus"
lines=$(wc -l < "$W/articles.jsonl")

# The cluster: one scheduler and two single-threaded workers, on this machine.
(cd "$W" && exec dask-scheduler --scheduler-file "$W/scheduler.json" --host 127.0.0.1 --port 0 \
   --dashboard-address :0 > "$W/scheduler.log" 2>&1) &
pids+=($!)
for _ in $(seq 300); do [ -s "$W/scheduler.json" ] && break; sleep 0.1; done
[ -s "$W/scheduler.json" ] || fail "the scheduler did not start"
for k in 1 2; do
  (cd "$W" && exec dask-worker --scheduler-file "$W/scheduler.json" --nthreads 1 --nworkers 1 \
     --host 127.0.0.1 --no-dashboard --local-directory "$W/worker$k" > "$W/worker$k.log" 2>&1) &
  pids+=($!)
done
"$py" - "$W/scheduler.json" <<'EOF' || fail "the two workers did not join"
import sys
from distributed import Client
c = Client(scheduler_file=sys.argv[1], timeout=60)
c.wait_for_workers(2, timeout=60)
c.close()
EOF

"$py" "$src/scripts/dask_extract.py" --scheduler-file "$W/scheduler.json" --kg "$kg" "${m[@]}" --shards 6 \
  --formats graphml,nt -o "$W/cluster" "$W/articles.jsonl" 2> "$W/dask.log" || fail "dask_extract.py exited $?"
"$kg" -q "${m[@]}" build "$W/articles.jsonl" -o "$W/one" --formats graphml,nt || fail "one-machine build exited $?"
for f in graph.kgl graph.graphml graph.nt; do
  cmp -s "$W/one/$f" "$W/cluster/$f" || fail "$f differs between the Dask run and the one-machine build"
done
# Both workers ran shards (dask_extract.py reports the shards per worker).
spread=$(grep -o "shards on 2 workers ([^)]*)" "$W/dask.log") || fail "no report of the shards per worker"
[ "$(grep -o "tcp://[^:]*:[0-9]*: [1-9]" <<<"$spread" | wc -l)" = 2 ] || fail "the shards did not run on both workers: $spread"
echo "cluster_dask: ok ($lines articles, $spread: graph.kgl, GraphML and N-Triples byte-identical to one machine)"
