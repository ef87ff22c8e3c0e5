// npm run export -- --out FILE|DIR [--with-password-hashes]
// Writes every page, article, person, topic, revision, user and audit entry as JSON Lines
// (lib/backup/format.ts). Users' password hashes are left out unless asked for; sessions and
// sign-in attempts are never exported. Works while `npm start` runs (one consistent snapshot).
import { parseArgs } from "node:util";
import { exportToFile, resolveExportPath } from "@/lib/backup/files";
import { createPrismaClient } from "@/lib/db/create-client";
import { openAppDatabase } from "./support/database";

const USAGE = "Usage: npm run export -- --out FILE|DIR [--with-password-hashes]";

let values: { out?: string; "with-password-hashes"?: boolean };
try {
  ({ values } = parseArgs({ options: { out: { type: "string" }, "with-password-hashes": { type: "boolean", default: false } }, strict: true }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (!values.out) {
  console.error(`--out is required\n${USAGE}`);
  process.exit(2);
}

const file = resolveExportPath(values.out);
const database = await openAppDatabase((line) => console.error(line));
const db = createPrismaClient(database.url, { max: 2 });
const started = performance.now();
try {
  const { header } = await exportToFile(db, file, {
    includePasswordHashes: values["with-password-hashes"],
    onProgress: (table, done, total) => {
      if (done === total) console.error(`  ${table}: ${total}`);
    },
  });
  const rows = Object.values(header.counts).reduce((sum, count) => sum + count, 0);
  console.log(`Exported ${rows} rows to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s (migration ${header.migration}).`);
  if (!header.hasPasswordHashes) console.log("Password hashes are not included: restored accounts sign in only after npm run user:reset-password.");
} catch (error) {
  console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
