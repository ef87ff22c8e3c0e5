// npm run bench:ingest [-- --pages 10000 --seconds 5 --concurrency 4]
// Prints pages parsed per second on one core and pages imported per second into a throwaway
// embedded PostgreSQL. A benchmark, not a test: record its figures in BENCHMARKS.md.
import { readFile } from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { findFreePort, makeTempDataDir, startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { decodePage } from "@/lib/ingest/decode";
import { analyzePage } from "@/lib/ingest/analyze-article";
import { prepareAnalyzeOptions } from "@/lib/ingest/analyze-options";
import { importPage } from "@/lib/ingest/import-page";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { parsePage } from "@/lib/ingest/parse-page";
import { createProgressBar } from "./support/progress";

const { values } = parseArgs({
  options: { pages: { type: "string", default: "10000" }, seconds: { type: "string", default: "5" }, concurrency: { type: "string", default: "8" } },
});
const importCount = Number(values.pages);
const parseSeconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const seeds = await Promise.all(
  (await readSeedManifest()).map(async (page) => ({ ...page, text: decodePage(new Uint8Array(await readFile(page.file)), page.file) })),
);
const seedBytes = seeds.reduce((sum, seed) => sum + Buffer.byteLength(seed.text), 0) / seeds.length;

// Parsing: single-threaded loop over the seed pages.
let parsed = 0;
const parseStart = performance.now();
while (performance.now() - parseStart < parseSeconds * 1000) {
  const seed = seeds[parsed % seeds.length]!;
  parsePage(seed.text, seed.date);
  parsed += 1;
}
const parseRate = parsed / ((performance.now() - parseStart) / 1000);

// Importing: distinct pages (seed texts under new dates and file names), one transaction each.
const temp = await makeTempDataDir("bench-ingest-");
const server = await startEmbeddedDatabase({ dataDir: temp.dataDir, port: await findFreePort() });
await server.ensureDatabase("bench");
const url = server.urlFor("bench");
await applyMigrations(url);
const db = createPrismaClient(url, { max: concurrency });
const analyzeOptions = await prepareAnalyzeOptions(db);
const progress = createProgressBar(importCount, "Importing");
let next = 0;
let done = 0;
const importStart = performance.now();
async function worker() {
  while (next < importCount) {
    const index = next++;
    const seed = seeds[index % seeds.length]!;
    const date = new Date(Date.UTC(2000, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    const analyzed = analyzePage(parsePage(seed.text, date), analyzeOptions);
    await importPage(db, { fileName: `bench_${index}.txt`, pageDate: date, text: seed.text, ...analyzed });
    progress.update(++done);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const importSeconds = (performance.now() - importStart) / 1000;
const articles = await db.article.count();
await db.$disconnect();
await server.stop();
await temp.remove();

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`\nMachine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(`| measure | figure |`);
console.log(`| --- | --- |`);
console.log(`| parse, one core (avg page ${(seedBytes / 1024).toFixed(1)} KiB) | ${parseRate.toFixed(0)} pages/s |`);
console.log(`| import ${importCount} pages (${articles} articles), ${concurrency} connections | ${importSeconds.toFixed(1)} s = ${(importCount / importSeconds).toFixed(0)} pages/s |`);
process.exit(0);
