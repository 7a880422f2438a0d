// query_bench_kuzu.mjs NEO4J_DIR DB_DIR NAME RUNS KG_OUTPUT [ladybug|kuzu] — the
// kg_query_bench queries in an embedded Cypher engine (tests/query/oracle.mjs: LadybugDB, the
// maintained fork of Kùzu, by default; Kùzu from $CLIENTS_DIR on request) on the Neo4j CSV
// export of the same graph. Loads the CSV into DB_DIR when it does not exist yet (timed),
// runs each query RUNS times, checks that the rows equal kg's (from KG_OUTPUT, the output
// of kg_query_bench) and prints the kg/Kùzu ratio of the median times.
import fs from "node:fs";
import path from "node:path";
import { loadNeo4jCsv } from "../tests/query/kuzu_load.mjs";
import { loadOracle } from "../tests/query/oracle.mjs";

const [csvDir, dbDir, name, runsArg, kgOut, oracleName = "ladybug"] = process.argv.slice(2);
const runs = Number(runsArg || 20);
const oracle = loadOracle(oracleName);
if (!oracle) {
  console.error(`${oracleName} is not installed: bash scripts/setup-oracle.sh (Kùzu: ../shared/tools/install-clients.sh)`);
  process.exit(2);
}
const kz = oracle.module;
console.log(`oracle: ${oracle.name} ${kz.VERSION ?? ""}`);

const fresh = !fs.existsSync(path.join(dbDir, "loaded"));
if (fresh) fs.rmSync(dbDir, { recursive: true, force: true });
fs.mkdirSync(dbDir, { recursive: true });
const db = new kz.Database(path.join(dbDir, "db"));
const conn = new kz.Connection(db);
if (fresh) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  await loadNeo4jCsv(conn, csvDir, path.join(dbDir, "csv"));
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const line = `kuzu load (CSV -> per-type tables, COPY, list columns): wall ${s.toFixed(1)} s, ` +
    `node cpu ${((c.user + c.system) / 1e6).toFixed(1)} s (Kùzu worker threads not counted)`;
  fs.writeFileSync(path.join(dbDir, "loaded"), line + "\n");
  fs.rmSync(path.join(dbDir, "csv"), { recursive: true, force: true });
}
console.log(fs.readFileSync(path.join(dbDir, "loaded"), "utf8").trim() + (fresh ? "" : " (earlier run)"));

const q = name.replace(/\\/g, "\\\\").replace(/'/g, "\\'");
const E = "Person:Organization:Place";  // Kùzu spelling of Neo4j's :Entity label
const queries = {
  "one-hop": `MATCH (a:Person {name: '${q}'})-[r]-(b:${E}) RETURN b.name AS name, label(r) AS rel ORDER BY name, rel`,
  "one-hop-id": null,  // filled below from kg's output (the anchor's entityId)
  // id(r1) <> id(r2): Kùzu does not apply Cypher's relationship isomorphism by itself.
  "two-hop": `MATCH (a:Person {name: '${q}'})-[r1]-(b:${E})-[r2]-(c:${E}) WHERE id(r1) <> id(r2) AND ` +
    `r1.confidence > 0.5 AND c.type = 'Organization' RETURN c.name AS name, count(*) AS paths ORDER BY paths DESC, name`,
};
const kgText = fs.readFileSync(kgOut, "utf8");
const kgMedian = {}, kgRows = {};
for (const line of kgText.split("\n")) {
  let m = /^(one-hop|one-hop-id|two-hop): .*median ([0-9.]+) ms/.exec(line);
  if (m) kgMedian[m[1]] = Number(m[2]);
  m = /^  row (one-hop|one-hop-id|two-hop) (.*)$/.exec(line);
  if (m) (kgRows[m[1]] ||= []).push(JSON.stringify(JSON.parse(m[2])));
}
const idLine = /^query one-hop-id: .*entityId: '([0-9a-f]{16})'/m.exec(kgText);
queries["one-hop-id"] = `MATCH (a:Person {entityId: '${idLine ? idLine[1] : ""}'})-[r]-(b:${E}) ` +
  `RETURN b.name AS name, label(r) AS rel ORDER BY name, rel`;
let ok = true;
for (const [label, text] of Object.entries(queries)) {
  const times = [];
  let rows = [];
  const c0 = process.cpuUsage();  // the whole process, Kùzu's worker threads included
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const res = await conn.query(text);
    rows = await res.getAll();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1000 / runs;
  times.sort((a, b) => a - b);
  const med = times[Math.floor(times.length / 2)];
  const mine = rows.map((r) => JSON.stringify(Object.values(r).map((v) => typeof v === "bigint" ? Number(v) : v)));
  const same = JSON.stringify(mine) === JSON.stringify(kgRows[label] || []);
  ok = ok && same;
  console.log(`kuzu ${label}: ${rows.length} rows, median ${med.toFixed(3)} ms, min ${times[0].toFixed(3)} ms, ` +
    `cpu ${cpu.toFixed(3)} ms/run (${runs} runs); rows ${same ? "equal to kg's" : "DIFFER from kg's"}; ` +
    `median kg/Kùzu ${(kgMedian[label] / med).toPrecision(3)} (Kùzu/kg ${(med / kgMedian[label]).toPrecision(3)})`);
  console.log(`  kuzu text: ${text}`);
}
process.exit(ok ? 0 : 1);
