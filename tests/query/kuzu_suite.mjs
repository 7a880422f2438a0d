// kuzu_suite.mjs KG GRAPH NEO4J_DIR SUITE [ladybug|kuzu] — runs every case of SUITE (format in
// suite.cypher) with `kg query GRAPH` and with the oracle engine (oracle.mjs: LadybugDB by
// default, or Kùzu) on the Neo4j CSV export NEO4J_DIR,
// and compares the rows: as multisets, or in order when the kg text has ORDER BY. Values
// are compared after normalisation (dates as YYYY-MM-DD, numbers to 12 significant digits,
// list elements sorted since collect() order is unspecified).
// Exit 0 all equal, 1 a difference, 77 the oracle is not installed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadNeo4jCsv } from "./kuzu_load.mjs";
import { loadOracle } from "./oracle.mjs";

const [kg, graph, neo4jDir, suiteFile, oracleName = "ladybug"] = process.argv.slice(2);
const oracle = loadOracle(oracleName);
if (!oracle) {
  console.log(`SKIP ${oracleName} not installed (scripts/setup-oracle.sh; Kùzu: ../shared/tools/install-clients.sh)`);
  process.exit(77);
}
const kz = oracle.module;

function parseSuite(text) {
  const cases = [];
  let cur = null, target = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("=== ")) {
      let name = line.slice(4).trim();
      const emptyOk = name.endsWith("(empty ok)");
      if (emptyOk) name = name.slice(0, -10).trim();
      cur = { name, kg: "", kuzu: null, why: "", emptyOk };
      cases.push(cur);
      target = "kg";
    } else if (cur && line.startsWith("--- kuzu")) {
      cur.why = line.replace(/^--- kuzu:?/, "").trim();
      cur.kuzu = "";
      target = "kuzu";
    } else if (cur && !line.startsWith("//")) {
      let l = line;
      if (l.trim().endsWith("(empty ok)")) { cur.emptyOk = true; l = l.replace(/\(empty ok\)\s*$/, ""); }
      if (l.trim()) cur[target] += (cur[target] ? "\n" : "") + l;
    }
  }
  return cases;
}

function norm(v) {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number") return Number.isInteger(v) ? v : Number(v.toPrecision(12));
  if (Array.isArray(v)) return v.map(norm).map((x) => JSON.stringify(x)).sort().map((x) => JSON.parse(x));
  if (typeof v === "object") {
    if ("_id" in v) return { id: v.entityId ?? v.articleId ?? v.relationId ?? null };
    return JSON.stringify(v);
  }
  return v;
}
const rowKey = (r) => JSON.stringify(r.map(norm));

const cases = parseSuite(fs.readFileSync(suiteFile, "utf8"));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kg-kuzu-suite-"));
const db = new kz.Database(path.join(work, "db"));
const conn = new kz.Connection(db);
await loadNeo4jCsv(conn, neo4jDir, path.join(work, "csv"));

let failed = 0, differing = 0;
for (const c of cases) {
  const ordered = /ORDER\s+BY/i.test(c.kg.replace(/WITH[\s\S]*?(MATCH|RETURN)/i, "$1"));
  let kgRows, kzRows;
  try {
    const out = execFileSync(kg, ["-q", "query", graph, c.kg, "--format", "jsonl"], { encoding: "utf8" });
    kgRows = out.split("\n").filter((l) => l).map((l) => Object.values(JSON.parse(l)));
  } catch (e) {
    console.log(`FAIL ${c.name}: kg failed: ${(e.stderr || e.message).toString().trim()}`);
    failed++;
    continue;
  }
  try {
    const res = await conn.query(c.kuzu ?? c.kg);
    kzRows = (await res.getAll()).map((o) => Object.values(o));
  } catch (e) {
    console.log(`FAIL ${c.name}: kuzu failed: ${e.message.split("\n")[0]}`);
    failed++;
    continue;
  }
  let a = kgRows.map(rowKey), b = kzRows.map(rowKey);
  if (!ordered) { a = a.sort(); b = b.sort(); }
  const same = a.length === b.length && a.every((x, i) => x === b[i]);
  if (c.kuzu !== null) differing++;
  if (!same) {
    failed++;
    console.log(`FAIL ${c.name}: kg ${a.length} rows, kuzu ${b.length} rows`);
    const onlyA = a.filter((x) => !b.includes(x)).slice(0, 5), onlyB = b.filter((x) => !a.includes(x)).slice(0, 5);
    for (const x of onlyA) console.log(`   kg only:   ${x}`);
    for (const x of onlyB) console.log(`   kuzu only: ${x}`);
    if (!onlyA.length && !onlyB.length) console.log(`   order differs: kg ${a.slice(0, 3)} / kuzu ${b.slice(0, 3)}`);
  } else if (a.length === 0 && !c.emptyOk) {
    failed++;
    console.log(`FAIL ${c.name}: no rows (mark the case "(empty ok)" if that is the answer)`);
  } else {
    console.log(`PASS ${c.name} (${a.length} rows${ordered ? ", ordered" : ""}${c.kuzu !== null ? `, kuzu text: ${c.why}` : ""})`);
  }
}
console.log(`${cases.length - failed}/${cases.length} cases equal in kg and ${oracle.name} ${kz.VERSION ?? ""}` +
  ` (${differing} need a different Kùzu-dialect text)`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
