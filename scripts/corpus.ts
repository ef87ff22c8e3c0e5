// npm run corpus -- --articles 100000 [--seed 1] [--database-url URL]
// Fills a database with synthetic articles recombined from the seed pages (scripts/support/corpus-*.ts),
// with officials, journalists, topics and search vectors, for benchmarks and for trying the app at
// scale. Loading again replaces the previous corpus; imported articles are never touched.
import { parseArgs } from "node:util";
import { applyMigrations } from "@/lib/db/migrate";
import { loadCorpus } from "./support/corpus-load";
import { openAppDatabase } from "./support/database";
import { createProgressBar } from "./support/progress";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    "database-url": { type: "string" },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
  console.error("Usage: npm run corpus -- --articles <count ≥ 1> [--seed <integer>] [--database-url <url>]");
  process.exit(2);
}

if (values["database-url"]) process.env.DATABASE_URL = values["database-url"];
const database = await openAppDatabase(console.log);
let exitCode = 0;
try {
  await applyMigrations(database.url);
  const progress = createProgressBar(articles, "Loading corpus");
  const summary = await loadCorpus({ url: database.url, articles, seed, onProgress: (done) => progress.update(done) });
  if (summary.removed > 0) console.log(`Replaced the previous corpus (${summary.removed} articles).`);
  console.log(`Loaded ${summary.articles} synthetic articles in ${summary.seconds.toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
