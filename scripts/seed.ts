// npm run seed – import seeds/pages by seeds/manifest.json into the app's database.
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedPages } from "@/lib/ingest/seed";
import { openAppDatabase } from "./support/database";
import { printSummary } from "./support/import-report";

const database = await openAppDatabase(console.log);
const db = createPrismaClient(database.url);
try {
  await applyMigrations(database.url);
  const summary = await seedPages(db);
  printSummary(summary);
  process.exitCode = summary.rejected > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
  await database.stop();
}
