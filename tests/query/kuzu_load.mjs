// Loads a kg Neo4j CSV export (docs/exports.md) into a Kùzu database, shaped so that
// Cypher written for the Neo4j import runs with few changes:
//   - one node table per entity type (Person, Organization, Place, ..., Concept, Literal)
//     and Article; Kùzu has one label per node, so Neo4j's extra label :Entity does not
//     exist (a query over :Entity lists the entity tables: (e:Person:Organization:Place)).
//   - one relationship table per relation type, with a FROM/TO pair per node-table pair
//     that occurs, plus MENTIONED_IN from every entity table to Article.
//   - the same property names and types; array columns (aliases, titles, lemmas,
//     statementIds) become STRING[]; empty strings stay empty strings (Kùzu's CSV reader
//     would read "" as NULL, Neo4j keeps them); empty dates are NULL (absent in Neo4j).
// Usage: import { loadNeo4jCsv } from "./kuzu_load.mjs"; await loadNeo4jCsv(conn, dir, workDir)
import fs from "node:fs";
import path from "node:path";

// RFC 4180 rows of a whole file, one at a time (quoted fields may span lines).
export function* csvRows(text) {
  let row = [], cur = "", q = false, i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const c = text[i];
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') { cur += '"'; i += 2; continue; }
        q = false; i++; continue;
      }
      const j = text.indexOf('"', i);
      const end = j < 0 ? n : j;
      cur += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '"') { q = true; i++; continue; }
    if (c === ",") { row.push(cur); cur = ""; i++; continue; }
    if (c === "\r" && text[i + 1] === "\n") { i++; continue; }
    if (c === "\n") { row.push(cur); yield row; row = []; cur = ""; i++; continue; }
    let j = i;
    while (j < n && text[j] !== "," && text[j] !== "\n" && text[j] !== "\r" && text[j] !== '"') j++;
    cur += text.slice(i, j);
    i = j;
  }
  if (cur !== "" || row.length) { row.push(cur); yield row; }
}

function quote(s) { return '"' + String(s).replace(/"/g, '""') + '"'; }
function ident(s) { return "`" + s.replace(/`/g, "") + "`"; }

class Sink {  // buffered CSV writer
  constructor(file, header) { this.fd = fs.openSync(file, "w"); this.buf = [header]; this.size = 0; this.file = file; this.rows = 0; }
  write(cells) {
    const line = cells.join(",");
    this.buf.push(line); this.size += line.length; this.rows++;
    if (this.size > 1 << 20) this.flush();
  }
  flush() { if (this.buf.length) { fs.writeSync(this.fd, this.buf.join("\n") + "\n"); this.buf = []; this.size = 0; } }
  close() { this.flush(); fs.closeSync(this.fd); }
}

const ENTITY_COLS = "entityId STRING, name STRING, type STRING, key STRING, aliases_raw STRING, titles_raw STRING, " +
  "mentions INT64, documents INT64, firstSeen DATE, lastSeen DATE";
const REL_COLS = "relationId STRING, weight INT64, confidence DOUBLE, documents INT64, firstSeen DATE, lastSeen DATE, " +
  "eventDateFirst DATE, eventDateLast DATE, lemmas_raw STRING, sentence STRING, articleUrl STRING, statementIds_raw STRING";

async function run(conn, stmt) {
  try { return await (await conn.query(stmt)).getAll(); } catch (e) { throw new Error(`${e.message} [in: ${stmt.slice(0, 300)}]`); }
}

// Replaces NULL by '' in string columns and splits the *_raw columns into STRING[].
async function finish(conn, table, isRel, strings, arrays) {
  const m = isRel ? `MATCH ()-[n:${ident(table)}]->()` : `MATCH (n:${ident(table)})`;
  for (const s of strings) await run(conn, `${m} WHERE n.${s} IS NULL SET n.${s} = ''`);
  for (const a of arrays) {
    await run(conn, `ALTER TABLE ${ident(table)} ADD ${a} STRING[]`);
    await run(conn, `${m} SET n.${a} = CASE WHEN n.${a}_raw IS NULL OR n.${a}_raw = '' THEN CAST([] AS STRING[]) ` +
      `ELSE string_split(n.${a}_raw, ';') END`);
  }
}

export async function loadNeo4jCsv(conn, dir, work) {
  fs.mkdirSync(work, { recursive: true });
  const read = (f) => fs.readFileSync(path.join(dir, f), "utf8");
  const copy = (t, file, extra = "") =>
    run(conn, `COPY ${ident(t)} FROM '${file.replace(/'/g, "\\'")}' (HEADER=true, ESCAPE='"', PARALLEL=false${extra})`);
  // Entities: entityId,name,:LABEL,type,key,aliases,titles,mentions,documents,firstSeen,lastSeen
  const tableOf = new Map();
  const sinks = new Map();
  let first = true;
  for (const r of csvRows(read("entities.csv"))) {
    if (first) { first = false; continue; }
    if (r.length < 11) continue;
    const type = r[3];
    tableOf.set(r[0], type);
    if (!sinks.has(type))
      sinks.set(type, new Sink(path.join(work, `node_${sinks.size}.csv`),
        "entityId,name,type,key,aliases_raw,titles_raw,mentions,documents,firstSeen,lastSeen"));
    sinks.get(type).write([quote(r[0]), quote(r[1]), quote(r[3]), quote(r[4]), quote(r[5]), quote(r[6]), r[7], r[8], r[9], r[10]]);
  }
  const entityTables = [...sinks.keys()].sort();
  for (const t of entityTables) {
    const s = sinks.get(t); s.close();
    await run(conn, `CREATE NODE TABLE ${ident(t)}(${ENTITY_COLS}, PRIMARY KEY(entityId))`);
    await copy(t, s.file);
    await finish(conn, t, false, ["name", "type", "key"], ["aliases", "titles"]);
  }
  // Articles: articleId,:LABEL,docId,url,title,published,dateText,path,ingested
  const art = new Sink(path.join(work, "articles.csv"), "articleId,docId,url,title,published,dateText,path,ingested");
  first = true;
  for (const r of csvRows(read("articles.csv"))) {
    if (first) { first = false; continue; }
    if (r.length < 9) continue;
    art.write([quote(r[0]), quote(r[2]), quote(r[3]), quote(r[4]), r[5], quote(r[6]), quote(r[7]), r[8]]);
  }
  art.close();
  await run(conn, "CREATE NODE TABLE Article(articleId STRING, docId STRING, url STRING, title STRING, published DATE, " +
    "dateText STRING, path STRING, ingested DATE, PRIMARY KEY(articleId))");
  await copy("Article", art.file);
  await finish(conn, "Article", false, ["docId", "url", "title", "dateText", "path"], []);
  // Relations: :START_ID,:END_ID,:TYPE,relationId,weight,confidence,documents,firstSeen,lastSeen,
  // eventDateFirst,eventDateLast,lemmas,sentence,articleUrl,statementIds
  const groups = new Map();  // type -> Map("from|to" -> Sink)
  let files = 0;
  first = true;
  for (const r of csvRows(read("relations.csv"))) {
    if (first) { first = false; continue; }
    if (r.length < 15) continue;
    const from = tableOf.get(r[0]), to = tableOf.get(r[1]);
    if (!groups.has(r[2])) groups.set(r[2], new Map());
    const g = groups.get(r[2]);
    const k = `${from}|${to}`;
    if (!g.has(k)) g.set(k, new Sink(path.join(work, `rel_${files++}.csv`),
      "from,to,relationId,weight,confidence,documents,firstSeen,lastSeen,eventDateFirst,eventDateLast,lemmas_raw," +
      "sentence,articleUrl,statementIds_raw"));
    g.get(k).write([quote(r[0]), quote(r[1]), quote(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10], quote(r[11]),
      quote(r[12]), quote(r[13]), quote(r[14])]);
  }
  for (const type of [...groups.keys()].sort()) {
    const g = groups.get(type);
    const pairs = [...g.keys()].sort();
    await run(conn, `CREATE REL TABLE ${ident(type)}(${pairs.map((p) => {
      const [f, t] = p.split("|"); return `FROM ${ident(f)} TO ${ident(t)}`; }).join(", ")}, ${REL_COLS})`);
    for (const p of pairs) {
      const s = g.get(p); s.close();
      const [f, t] = p.split("|");
      await copy(type, s.file, `, from='${f}', to='${t}'`);
    }
    await finish(conn, type, true, ["relationId", "sentence", "articleUrl"], ["lemmas", "statementIds"]);
  }
  // Mentions: :START_ID,:END_ID,:TYPE
  const ment = new Map();
  first = true;
  for (const r of csvRows(read("mentions.csv"))) {
    if (first) { first = false; continue; }
    if (r.length < 3) continue;
    const from = tableOf.get(r[0]);
    if (!ment.has(from)) ment.set(from, new Sink(path.join(work, `mention_${ment.size}.csv`), "from,to"));
    ment.get(from).write([quote(r[0]), quote(r[1])]);
  }
  if (ment.size) {
    const froms = [...ment.keys()].sort();
    await run(conn, `CREATE REL TABLE MENTIONED_IN(${froms.map((f) => `FROM ${ident(f)} TO Article`).join(", ")})`);
    for (const f of froms) {
      const s = ment.get(f); s.close();
      await copy("MENTIONED_IN", s.file, `, from='${f}', to='Article'`);
    }
  }
  return { entityTables, relTypes: [...groups.keys()].sort() };
}
