#!/usr/bin/env bash
# Golden test of the entity records of samples/ (issue #22): every entity the entity stage
# resolves becomes a node with its type, its canonical name and every name the text used,
# and these records survive `kg extract` -> `kg build --from-triples` -> per-document shards
# -> `kg merge` unchanged:
#   1. the entity lines of `kg extract samples/` become nodes of `kg build --from-triples`
#      (type, label, each name mention among the aliases, the document counted);
#   2. the graph built from the triples file, and the merge of two shards that split the
#      documents, are byte-identical to `kg build samples/`;
#   3. the entity nodes (type, label, sorted aliases, documents) equal the checked-in
#      golden file tests/cli/golden/samples-entities.tsv. After a deliberate change of the
#      entity stage, regenerate it with KG_UPDATE_GOLDEN=1 and review the diff;
#   4. two people who share a surname in different articles are not merged by it.
# Usage: entity_records_e2e.sh KG_BINARY SOURCE_DIR
set -euo pipefail
kg=$1; src=$2
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
m=(-q --models "$src/models")
golden="$src/tests/cli/golden/samples-entities.tsv"

"$kg" "${m[@]}" extract "$src/samples" -o "$W/t.jsonl" || fail "kg extract samples exited $?"
"$kg" "${m[@]}" build "$src/samples" -o "$W/direct" --formats json || fail "kg build samples exited $?"
"$kg" "${m[@]}" build --from-triples "$W/t.jsonl" -o "$W/from" --formats json || fail "kg build --from-triples exited $?"
cmp "$W/direct/graph.kgl" "$W/from/graph.kgl" || fail "graph.kgl: --from-triples != kg build of samples/"

# Two shards: the records of each document (entity and triple lines) go whole to one shard.
python3 - "$W/t.jsonl" "$W/s0.jsonl" "$W/s1.jsonl" <<'PY' || fail "could not split the triples by document"
import json, sys
docs, out = {}, [open(sys.argv[2], 'w'), open(sys.argv[3], 'w')]
for line in open(sys.argv[1], encoding='utf-8'):
    o = json.loads(line)
    d = (o['document'] if 'entity' in o else o['evidence'])['doc_id']
    k = docs.setdefault(d, len(docs) % 2)
    out[k].write(line)
if len(docs) < 2:
    sys.exit('fewer than two documents')
PY
for k in 0 1; do
  "$kg" "${m[@]}" build --from-triples "$W/s$k.jsonl" -o "$W/g$k" || fail "build shard $k exited $?"
done
"$kg" -q merge "$W/g0" "$W/g1" -o "$W/merged" || fail "merge exited $?"
cmp "$W/direct/graph.kgl" "$W/merged/graph.kgl" || fail "graph.kgl: two merged shards != kg build of samples/"

# Every entity record is a node with its names; the node table is the golden one.
python3 - "$W/t.jsonl" "$W/from/graph.json" "$W/entities.tsv" <<'PY' || fail "entity records lost on the way to the graph"
import json, sys
nodes = {}
for rec in json.load(open(sys.argv[2], encoding='utf-8'))['nodes']:  # graphology format
    n = rec['attributes']
    nodes[(n['type'], n['label'])] = n
records = 0
for line in open(sys.argv[1], encoding='utf-8'):
    o = json.loads(line)
    if 'entity' not in o:
        continue
    records += 1
    e = o['entity']
    n = nodes.get((e['type'], e['text']))
    if n is None:
        sys.exit(f"no {e['type']} node {e['text']!r} for an entity record of {o['document']['doc_id']}")
    names = set(n.get('aliases', [])) | {n['label']}
    for mention in o['mentions']:
        if mention.get('name', True) and mention['text'] not in names:
            sys.exit(f"{e['text']!r}: the name {mention['text']!r} is no alias of its node")
if records < 20:
    sys.exit(f'only {records} entity records from samples/')
with open(sys.argv[3], 'w', encoding='utf-8') as f:
    for (ty, label), n in sorted(nodes.items()):
        if ty in ('Concept', 'Literal', 'Article'):
            continue
        f.write(f"{ty}\t{label}\t{'|'.join(sorted(n.get('aliases', [])))}\t{n.get('documents', 0)}\n")
PY
# Two people who share a surname in different articles stay two nodes, and an article that
# names only the surname makes a node of its own: no merge by surname alone.
printf '%s\n' '{"id":"s1","text":"John Smith met Anna Berg in Oslo. Smith said the talks went well."}' \
  '{"id":"s2","text":"Mary Smith visited Paris. Smith praised the city."}' \
  '{"id":"s3","text":"Smith criticised the plan on Monday."}' > "$W/surnames.jsonl"
"$kg" "${m[@]}" build "$W/surnames.jsonl" -o "$W/surnames" --formats json || fail "build of the surname articles exited $?"
python3 - "$W/surnames/graph.json" <<'PY' || fail "people sharing a surname were merged"
import json, sys
people = {n['label']: n for n in (r['attributes'] for r in json.load(open(sys.argv[1], encoding='utf-8'))['nodes'])
          if n['type'] == 'Person'}
for name in ('John Smith', 'Mary Smith', 'Smith'):
    if name not in people:
        sys.exit(f'no Person node {name!r}: {sorted(people)}')
    if people[name].get('documents') != 1:
        sys.exit(f"{name!r} is in {people[name].get('documents')} articles, expected 1")
PY

if [ "${KG_UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$W/entities.tsv" "$golden"
  echo "entity_records_e2e: wrote $golden"
fi
[ -f "$golden" ] || fail "no golden file $golden (run with KG_UPDATE_GOLDEN=1)"
diff -u "$golden" "$W/entities.tsv" || fail "the entity nodes of samples/ differ from $golden"
echo "entity_records_e2e: ok ($(wc -l < "$W/entities.tsv") entity nodes)"
