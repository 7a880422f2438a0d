// The embedded Cypher engines kg's query results are checked against: LadybugDB
// (@ladybugdb/core, the maintained fork of Kùzu), installed by scripts/setup-oracle.sh under
// tests/query/oracle/, and Kùzu itself (archived upstream in October 2025) from
// $CLIENTS_DIR (../shared/tools/install-clients.sh) as a second oracle while it installs.
// loadOracle(name) -> { name, module } or null when that engine is not installed.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export const ORACLES = ["ladybug", "kuzu"];

export function loadOracle(name) {
  const where = name === "ladybug"
    ? { dir: path.join(here, "oracle"), pkg: "@ladybugdb/core", label: "LadybugDB" }
    : { dir: process.env.CLIENTS_DIR || "/tmp/clients", pkg: "kuzu", label: "Kùzu" };
  try {
    const module = createRequire(path.join(where.dir, "noop.js"))(where.pkg);
    return { name: where.label, module };
  } catch (e) {
    return null;
  }
}
