// Loads a kg JSON node-link export into graphology (as Gephi Lite / sigma.js would, via the
// adapter in docs/exports.md) and checks the counts and that every link has both ends.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
const require = createRequire(path.join(process.env.CLIENTS_DIR || "/tmp/clients", "noop.js"));
const { MultiDirectedGraph } = require("graphology");
const file = process.argv[2];
const doc = JSON.parse(fs.readFileSync(file, "utf8"));
const g = new MultiDirectedGraph();
g.import({
  nodes: doc.nodes.map((n) => ({ key: n.id, attributes: n })),
  edges: doc.links.map((l) => ({ key: l.id, source: l.source, target: l.target, attributes: l })),
});
if (g.order !== doc.nodes.length || g.size !== doc.links.length) {
  console.log(`FAIL graphology-json counts ${g.order}/${g.size}`);
  process.exit(1);
}
console.log(`PASS graphology-json nodes=${g.order} edges=${g.size} (${path.basename(file)})`);
