// npm run reliability:backup -- [--articles 100000]
// Backup and restore at scale: fills a throwaway PostgreSQL with the seed pages, a synthetic
// corpus and accounts, runs the real `npm run export`, restores the file with `npm run restore`
// into a SECOND throwaway server, and compares row counts and the content checksum. Prints the
// figures for RELIABILITY.md; exits 1 when anything differs.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentChecksum } from "@/lib/backup/checksum";
import { countRows } from "@/lib/backup/read-rows";
import { BACKUP_TABLES } from "@/lib/backup/tables";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedPages } from "@/lib/ingest/seed";
import { loadCorpus } from "../support/corpus-load";
import { describeMachine } from "./support/machine";
import { runNpmScript } from "./support/run-cli";
import { startThrowawayServer } from "./support/throwaway-server";

const { values } = parseArgs({ options: { articles: { type: "string", default: "100000" } } });
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 0) {
  console.error("Usage: npm run reliability:backup -- [--articles N]");
  process.exit(2);
}

console.log(describeMachine());
const work = await mkdtemp(path.join(tmpdir(), "backup-roundtrip-"));
const sourceServer = await startThrowawayServer("backup-source");
const targetServer = await startThrowawayServer("backup-target");
let failed = false;
try {
  const sourceUrl = await sourceServer.createDatabase("archive");
  const source = createPrismaClient(sourceUrl, { max: 2 });
  await seedPages(source);
  if (articles > 0) await loadCorpus({ url: sourceUrl, articles });
  await source.user.createMany({ data: [{ email: "admin@example.com", passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", role: "admin" }, { email: "editor@example.com", passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", role: "editor" }] });
  const counts = await countRows(source, BACKUP_TABLES);
  console.log(`Source: ${Object.entries(counts).map(([table, count]) => `${count} ${table}`).join(", ")}`);

  const file = path.join(work, "archive.jsonl");
  const exportRun = await runNpmScript("export", ["--out", file], { DATABASE_URL: sourceUrl }).exited;
  if (exportRun.code !== 0) throw new Error(`npm run export failed:\n${exportRun.stderr}`);
  const exportSeconds = Number(exportRun.stdout.match(/in ([\d.]+) s/)?.[1]);
  const bytes = (await stat(file)).size;
  console.log(`npm run export: ${exportSeconds} s, ${(bytes / 2 ** 20).toFixed(1)} MiB, peak memory ${exportRun.maxRssMb?.toFixed(0)} MB`);

  const targetUrl = await targetServer.createDatabase("restored");
  const restoreRun = await runNpmScript("restore", [file], { DATABASE_URL: targetUrl }).exited;
  if (restoreRun.code !== 0) throw new Error(`npm run restore failed:\n${restoreRun.stderr}`);
  const restoreSeconds = Number(restoreRun.stdout.match(/in ([\d.]+) s/)?.[1]);
  console.log(`npm run restore (second server): ${restoreSeconds} s, peak memory ${restoreRun.maxRssMb?.toFixed(0)} MB`);

  const target = createPrismaClient(targetUrl, { max: 2 });
  const checksumStart = performance.now();
  const [before, after] = await Promise.all([contentChecksum(source), contentChecksum(target)]);
  const checksumSeconds = (performance.now() - checksumStart) / 1000;
  const restoredCounts = await countRows(target, BACKUP_TABLES);
  const countsEqual = JSON.stringify(restoredCounts) === JSON.stringify(counts);
  const checksumEqual = before.sha256 === after.sha256;
  console.log(`Row counts equal: ${countsEqual ? "yes" : "NO"}; content checksum equal: ${checksumEqual ? "yes" : "NO"} (${before.sha256.slice(0, 16)}…, ${checksumSeconds.toFixed(1)} s for both)`);
  for (const table of BACKUP_TABLES) {
    if (before.tables[table.name]?.sha256 !== after.tables[table.name]?.sha256) console.log(`  differs: ${table.name}`);
  }
  failed = !countsEqual || !checksumEqual;
  await Promise.all([source.$disconnect(), target.$disconnect()]);
} finally {
  await Promise.all([sourceServer.stop(), targetServer.stop()]);
  await rm(work, { recursive: true, force: true });
}
console.log(failed ? "FAILED: the restored archive differs." : "Nothing lost: the restored archive is identical.");
process.exit(failed ? 1 : 0);
