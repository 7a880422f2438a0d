// Loads a kg JSON export (graphology's serialization format) with graphology's Graph.from,
// as Gephi Lite does, and checks that every node and every edge arrived, with both ends.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
const require = createRequire(path.join(process.env.CLIENTS_DIR || "/tmp/clients", "noop.js"));
const { Graph } = require("graphology");
const file = process.argv[2];
const text = fs.readFileSync(file, "utf8");
if (/[<>]/.test(text) || text.includes("\u2028") || text.includes("\u2029")) {
  console.log(`FAIL graphology-json ${path.basename(file)}: raw < > or U+2028/2029 (not safe in a <script>)`);
  process.exit(1);
}
const doc = JSON.parse(text);
const g = Graph.from(doc);
const undirected = doc.edges.filter((e) => e.undirected).length;
if (g.order !== doc.nodes.length || g.size !== doc.edges.length || g.undirectedSize !== undirected) {
  console.log(`FAIL graphology-json counts ${g.order}/${g.size} (file: ${doc.nodes.length}/${doc.edges.length})`);
  process.exit(1);
}
for (const e of doc.edges) {
  if (!g.hasEdge(e.key) || g.source(e.key) !== e.source || g.target(e.key) !== e.target) {
    console.log(`FAIL graphology-json edge ${e.key}`);
    process.exit(1);
  }
}
console.log(`PASS graphology-json Graph.from nodes=${g.order} edges=${g.size} co-mentions=${undirected} (${path.basename(file)})`);
