// npm run reliability:crash-import -- [--pages 200] [--kill-after 100] [--rounds 1]
// Crash mid-import: kill -9 the real importer halfway through a page set, re-run it, and check
// that the database holds exactly the pages' articles (see support/crash-import.ts). Each round
// uses a fresh throwaway PostgreSQL. Prints the figures for RELIABILITY.md; exits 1 on any problem.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { runCrashImport } from "./support/crash-import";
import { describeMachine } from "./support/machine";
import { startThrowawayServer } from "./support/throwaway-server";

const { values } = parseArgs({ options: { pages: { type: "string", default: "200" }, "kill-after": { type: "string", default: "100" }, rounds: { type: "string", default: "1" } } });
const pages = Number(values.pages);
const killAfter = Number(values["kill-after"]);
const rounds = Number(values.rounds);
if (![pages, killAfter, rounds].every(Number.isInteger) || killAfter < 1 || killAfter >= pages || rounds < 1) {
  console.error("Usage: npm run reliability:crash-import -- [--pages N] [--kill-after K < N] [--rounds R]");
  process.exit(2);
}

console.log(describeMachine());
let failures = 0;
for (let round = 1; round <= rounds; round++) {
  const server = await startThrowawayServer("crash-import");
  const workDir = await mkdtemp(path.join(tmpdir(), "crash-import-pages-"));
  try {
    const url = await server.createDatabase("archive");
    const db = createPrismaClient(url, { max: 1 });
    try {
      const report = await runCrashImport({ db, url, workDir, pages, killAfter, log: (line) => console.log(`[round ${round}] ${line}`) });
      const problems = [...report.afterKill.problems.map((p) => `after the kill: ${p}`), ...report.final.problems.map((p) => `after the re-run: ${p}`)];
      if (report.rerun.exitCode !== 0) problems.push(`the re-run exited with ${report.rerun.exitCode}`);
      if (report.final.pages !== report.pages || report.final.articles !== report.articles) problems.push(`the re-run left ${report.final.pages}/${report.pages} pages, ${report.final.articles}/${report.articles} articles`);
      console.log(
        `[round ${round}] ${report.pages} pages / ${report.articles} articles; killed at ${report.committedAtKill} committed pages ` +
          `(${report.killedInsideTransaction ? "mid-transaction" : "between pages"}), ${report.pagesAfterKill} pages complete after the kill, ` +
          `first run ${report.firstRunSeconds.toFixed(1)} s, re-run ${report.rerunSeconds.toFixed(1)} s; problems: ${problems.length}`,
      );
      for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
      if (problems.length > 0) failures += 1;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await server.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}
console.log(failures === 0 ? `Nothing lost, nothing doubled, nothing half-written in ${rounds} round(s).` : `FAILED in ${failures} of ${rounds} round(s).`);
process.exit(failures === 0 ? 0 : 1);
