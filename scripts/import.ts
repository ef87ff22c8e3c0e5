// npm run import -- --date YYYY-MM-DD FILE… – parse page files and store them.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { importPageFiles } from "@/lib/ingest/import-files";
import { openAppDatabase } from "./support/database";
import { printSummary } from "./support/import-report";
import { createProgressBar } from "./support/progress";

const { values, positionals } = parseArgs({ options: { date: { type: "string" } }, allowPositionals: true });
const date = z.iso.date().safeParse(values.date);
if (!date.success || positionals.length === 0) {
  console.error("Usage: npm run import -- --date YYYY-MM-DD FILE…  (--date must be a valid date; at least one file)");
  process.exit(2);
}

const database = await openAppDatabase(console.log);
const db = createPrismaClient(database.url);
try {
  await applyMigrations(database.url);
  const progress = positionals.length > 1 ? createProgressBar(positionals.length, "Importing") : null;
  const summary = await importPageFiles(
    db,
    positionals.map((file) => ({ file, date: date.data })),
    (done) => progress?.update(done),
  );
  printSummary(summary);
  process.exitCode = summary.rejected > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
  await database.stop();
}
