// npm run search:reindex [-- --missing] – rebuild the search vector of every article (or, with
// --missing, of those that have none yet, e.g. right after the migration that added the column).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { reindexAllArticles } from "@/lib/search/reindex";
import { openAppDatabase } from "./support/database";
import { createProgressBar } from "./support/progress";

const { values } = parseArgs({ options: { missing: { type: "boolean", default: false } } });

const database = await openAppDatabase(console.log);
const db = createPrismaClient(database.url);
let exitCode = 0;
try {
  await applyMigrations(database.url);
  let progress: ReturnType<typeof createProgressBar> | null = null;
  const started = performance.now();
  const count = await reindexAllArticles(db, {
    onlyMissing: values.missing,
    onProgress: (done, total) => {
      progress ??= createProgressBar(total, "Reindexing");
      progress.update(done);
    },
  });
  console.log(`Reindexed ${count} articles in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);
