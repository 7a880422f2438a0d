#!/usr/bin/env bash
# Event dates end to end (issue #25): on the seed article of ../shared/seeds (dated 25 May
# 2024; "On Friday, ... Wang Yi met with ... Sok Chenda Sophea"), the MEET edge of Wang Yi
# and Sok Chenda Sophea has event date 2024-05-24 and article date 2024-05-25 in GraphML,
# GEXF (attribute and spell) and the Neo4j CSV, in kg query, and kg explain labels both.
# Exit 77 (ctest: skipped) when ../shared/seeds is absent.
# Usage: event_dates_e2e.sh KG SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2 shared=$3
seed=$(ls "$shared"/seeds/*.txt 2>/dev/null | head -1 || true)
if [ -z "$seed" ]; then
  echo "SKIP: no seed article in $shared/seeds (check out ../shared beside the repository)"
  exit 77
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
"$kg" -q --models "$src/models" build "$seed" -o "$W/g" --formats graphml,gexf,neo4j

python3 - "$W/g" <<'PY' || fail "exports"
import csv, sys
import xml.etree.ElementTree as ET
d = sys.argv[1]
ents = {r["name"]: r["entityId:ID(Entity)"] for r in csv.DictReader(open(f"{d}/neo4j/entities.csv", encoding="utf-8"))}
a, b = ents["Wang Yi"], ents["Sok Chenda Sophea"]
rows = [r for r in csv.DictReader(open(f"{d}/neo4j/relations.csv", encoding="utf-8"))
        if r[":TYPE"] == "MEET" and {r[":START_ID(Entity)"], r[":END_ID(Entity)"]} == {a, b}]
assert len(rows) == 1, rows
r = rows[0]
assert (r["firstSeen:date"], r["eventDateFirst:date"], r["eventDateLast:date"]) == ("2024-05-25", "2024-05-24", "2024-05-24"), r
print("PASS neo4j: MEET firstSeen 2024-05-25, eventDateFirst 2024-05-24")

g = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(f"{d}/graph.graphml").getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(g + "key")}
assert keys["e_event_date_first"] == "event_date_first" and keys["e_event_date_last"] == "event_date_last", keys
found = 0
for e in root.iter(g + "edge"):
    data = {keys[x.get("key")]: x.text for x in e.findall(g + "data")}
    if data.get("label") == "MEET" and {e.get("source"), e.get("target")} == {a, b}:
        found += 1
        assert data["first_seen"] == "2024-05-25" and data["event_date_first"] == "2024-05-24", data
        assert data["event_date_last"] == "2024-05-24", data
assert found == 1, found
print("PASS graphml: MEET first_seen 2024-05-25, event_date_first 2024-05-24")

x = "{http://gexf.net/1.3}"
root = ET.parse(f"{d}/graph.gexf").getroot()
found = 0
for e in root.iter(x + "edge"):
    if e.get("kind") == "MEET" and {e.get("source"), e.get("target")} == {a, b}:
        found += 1
        att = {v.get("for"): v.get("value") for v in e.iter(x + "attvalue")}
        assert att.get("event_date_first") == "2024-05-24", att
        spells = [s.get("start") for s in e.iter(x + "spell")]
        assert spells == ["2024-05-24"], spells  # the event date, not the article's 2024-05-25
assert found == 1, found
print("PASS gexf: MEET event_date_first 2024-05-24, spell 2024-05-24")
PY

out=$("$kg" -q query "$W/g" "MATCH (a:Person {name: 'Wang Yi'})-[r:MEET]-(b:Person {name: 'Sok Chenda Sophea'}) \
RETURN r.eventDateFirst, r.firstSeen" --format csv) || fail "kg query"
grep -qx '2024-05-24,2024-05-25' <<< "$out" || fail "kg query: $out"
echo "PASS query: eventDateFirst 2024-05-24, firstSeen 2024-05-25"

"$kg" -q explain "$W/g" "Wang Yi" MEET "Sok Chenda Sophea" --format table > "$W/e.txt" || fail "kg explain"
grep -qF "when: event 2024-05-24 (resolved) · published 2024-05-25" "$W/e.txt" || fail "kg explain: $(cat "$W/e.txt")"
echo "PASS explain: event 2024-05-24 (resolved) · published 2024-05-25"
echo "event dates e2e: ok"
