// npm run topics:reassign – re-run the topic rules over every article (manual assignments stay).
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { ensureDefaultTopics } from "@/lib/topics/rules-store";
import { reassignTopics } from "@/lib/topics/reassign";
import { openAppDatabase } from "./support/database";
import { createProgressBar } from "./support/progress";

const database = await openAppDatabase(console.log);
const db = createPrismaClient(database.url);
let exitCode = 0;
try {
  await applyMigrations(database.url);
  await ensureDefaultTopics(db);
  let progress: ReturnType<typeof createProgressBar> | null = null;
  const summary = await reassignTopics(db, (done, total) => {
    progress ??= createProgressBar(total, "Reassigning topics");
    progress.update(done);
  });
  console.log(`Scored ${summary.articles} articles: ${summary.assignments} rule-based topic assignments.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);
