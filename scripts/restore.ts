// npm run restore -- FILE
// Loads an export (npm run export) into an EMPTY database: the app's (DATABASE_URL, else the
// embedded one in .data/postgres), migrated first. One transaction: a damaged or cut-off file,
// or a database that already holds content, is refused and nothing is written.
// package.json caps the heap at 512 MB: what a restore holds at once is one batch of rows, but
// V8 otherwise lets garbage grow to gigabytes before collecting it (2 GB for a 1.6 GB file).
import { parseArgs } from "node:util";
import { RestoreError } from "@/lib/backup/errors";
import { readExportHeader, restoreFromFile } from "@/lib/backup/files";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { openAppDatabase } from "./support/database";

const USAGE = "Usage: npm run restore -- FILE   (an export made by npm run export; the database must be empty)";

let file: string | undefined;
try {
  const { positionals } = parseArgs({ options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new Error("exactly one FILE is expected");
  file = positionals[0];
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

function fail(message: string): never {
  console.error(`Restore refused: ${message}`);
  process.exit(1);
}

const exportFile = file as string;
try {
  // Checked before the database is touched: a wrong file must not even create the schema.
  await readExportHeader(exportFile);
} catch (error) {
  if (error instanceof RestoreError) fail(error.message);
  if ((error as NodeJS.ErrnoException).code === "ENOENT") fail(`${exportFile}: file not found`);
  throw error;
}

const database = await openAppDatabase((line) => console.error(line));
const db = createPrismaClient(database.url, { max: 2 });
const started = performance.now();
try {
  await applyMigrations(database.url);
  const result = await restoreFromFile(db, exportFile, {
    onProgress: (table, done, total) => {
      if (done === total) console.error(`  ${table}: ${total}`);
    },
  });
  const rows = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
  console.log(`Restored ${rows} rows from ${exportFile} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (result.reindexed > 0) console.log(`Rebuilt the search vectors of ${result.reindexed} articles that had none.`);
  if (!result.header.hasPasswordHashes && (result.counts.users ?? 0) > 0) {
    console.log(
      `The export had no password hashes: the ${result.counts.users} accounts cannot sign in until each password is set again, ` +
        "e.g. printf '%s\\n' \"$PW\" | npm run user:reset-password -- --email EMAIL",
    );
  }
} catch (error) {
  if (error instanceof RestoreError) {
    console.error(`Restore refused: ${error.message.replace(/\.$/, "")}. Nothing was written.`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
