#!/usr/bin/python3
"""kg on a Dask cluster: `kg extract` is the map step, `kg build --from-triples` the reduce.

Usage:
  dask_extract.py --scheduler-file FILE | --scheduler tcp://HOST:8786
                  --kg /path/to/kg [--models DIR] [--shards N] [--formats LIST]
                  -o OUT_DIR ARTICLES.jsonl [ARTICLES.jsonl ...]

The articles (JSON Lines, one article per line) are cut into N shards of whole lines (line i
goes to shard i mod N). Each shard's bytes go to a worker, which runs `kg extract - --input-
format jsonl --threads 1` on them and sends the triples (and entity records) back; the
workers need the kg binary and its models at the same path (install kg on every machine, or
put it on a shared file system), not the articles. This process then writes the shards'
triples in shard order and runs `kg build --from-triples` on them: the graph is
byte-identical to `kg build ARTICLES -o DIR` on one machine (graph.kgl is canonical, whatever
the order or grouping of its inputs; ctest cluster_dask checks it).

Needs Debian's python3-distributed (Dask) for /usr/bin/python3; see docs/scale.md for a
cluster across machines. Exit codes: 0 done, 1 a shard or the build failed, 2 bad usage.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def extract_shard(kg, models, data):
    """Runs on a worker: kg extract on one shard's bytes; returns (exit code, stdout, stderr,
    the worker's address)."""
    from distributed import get_worker
    cmd = [kg, "-q"] + (["--models", models] if models else []) + [
        "extract", "-", "--input-format", "jsonl", "--threads", "1"]
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return p.returncode, p.stdout, p.stderr, get_worker().address


def shards_of(paths, n):
    parts = [[] for _ in range(n)]
    i = 0
    for path in paths:
        with open(path, "rb") as f:
            for line in f:
                if not line.strip():
                    continue
                if not line.endswith(b"\n"):
                    line += b"\n"
                parts[i % n].append(line)
                i += 1
    return [b"".join(p) for p in parts if p]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler-file", help="the scheduler's file (dask-scheduler --scheduler-file)")
    where.add_argument("--scheduler", help="the scheduler's address, tcp://HOST:PORT")
    ap.add_argument("--kg", required=True, help="the kg binary, at the same path on every worker")
    ap.add_argument("--models", default="", help="kg's models folder (default: kg's own)")
    ap.add_argument("--shards", type=int, default=0, help="number of shards (default: 4 per worker)")
    ap.add_argument("--formats", default="", help="exports for kg build (--formats)")
    ap.add_argument("-o", "--output", required=True, help="output folder of kg build")
    ap.add_argument("articles", nargs="+")
    a = ap.parse_args()
    try:
        from distributed import Client
    except ImportError:
        print("dask_extract: Dask is not installed (apt-get install python3-distributed)", file=sys.stderr)
        return 2
    for p in a.articles:
        if not os.path.isfile(p):
            print(f"dask_extract: no such file: {p}", file=sys.stderr)
            return 2
    client = Client(scheduler_file=a.scheduler_file) if a.scheduler_file else Client(a.scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        n = a.shards if a.shards > 0 else 4 * workers
        shards = shards_of(a.articles, n)
        futures = [client.submit(extract_shard, a.kg, a.models, s, pure=False) for s in shards]
        results = client.gather(futures)
    finally:
        client.close()
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        per_worker = {}
        for k, (rc, out, err, worker) in enumerate(results):
            per_worker[worker] = per_worker.get(worker, 0) + 1
            if rc != 0:
                sys.stderr.write(err.decode("utf-8", "replace"))
                print(f"dask_extract: shard {k} failed (kg extract exit {rc})", file=sys.stderr)
                return 1
            path = os.path.join(tmp, f"shard-{k:05d}.jsonl")
            with open(path, "wb") as f:
                f.write(out)
            files.append(path)
        cmd = [a.kg, "-q"] + (["--models", a.models] if a.models else []) + ["build"]
        for path in files:
            cmd += ["--from-triples", path]
        cmd += ["-o", a.output] + (["--formats", a.formats] if a.formats else [])
        rc = subprocess.run(cmd, check=False).returncode
    if rc != 0:
        print(f"dask_extract: kg build --from-triples exited {rc}", file=sys.stderr)
        return 1
    spread = ", ".join(f"{w}: {c}" for w, c in sorted(per_worker.items()))
    print(f"dask_extract: {len(shards)} shards on {workers} workers ({spread}) -> {a.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
