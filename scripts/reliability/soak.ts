// npm run soak [-- --minutes 5 --connections 50 --articles 5000 --heap-mb 768 --editor-seconds 3 --node-arg=<flag> …]
// Starts its own embedded PostgreSQL (seeds plus a synthetic corpus) and a production
// `next start`, then runs the soak (support/soak-scenario.ts) and prints requests, errors, p95
// per 30 s window, server memory at start and end, and database sessions over time.
// Exits 1 when a criterion fails: any error or non-2xx answer, memory growth ≥ 15 %, more
// database sessions than the pool allows, or an editor save reported saved but not committed.
import { appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { findFreePort } from "@/lib/db/embedded";
import { startAppUnderTest } from "./support/app-under-test";
import { machineLine, printChecks, printWindows } from "./support/report";
import { runSoak } from "./support/soak-scenario";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "5" },
    connections: { type: "string", default: "50" },
    articles: { type: "string", default: "5000" },
    "heap-mb": { type: "string", default: "768" },
    "editor-seconds": { type: "string", default: "3" },
    // Flags for the server's node, for diagnosis (e.g. --node-arg=--heapsnapshot-signal=SIGUSR2).
    "node-arg": { type: "string", multiple: true, default: [] },
  },
});
const minutes = Number(values.minutes);
const connections = Number(values.connections);
if (!(minutes > 0) || !Number.isInteger(connections) || connections < 1) {
  console.error("Usage: npm run soak -- [--minutes 5] [--connections 50] [--articles 5000]");
  process.exit(2);
}
const log = (line: string) => console.log(`[soak] ${line}`);

const serverLog: string[] = [];
const serverLogFile = path.join(tmpdir(), `soak-server-${process.pid}.log`);
// A heap budget, as a deployment sets one: without it V8 on a large machine lets garbage pile up
// for minutes, and RSS growth would measure its laziness rather than a leak. A leak under a
// budget still shows: memory climbs to the budget, then garbage collection thrashes or the
// server dies. `--heap-mb 0` runs with Node's own sizing.
const heapMb = Number(values["heap-mb"]) || undefined;
const app = await startAppUnderTest({ port: await findFreePort(), corpusArticles: Number(values.articles), heapMb, nodeArgs: values["node-arg"], log, onServerOutput: (line) => {
  serverLog.push(line);
  appendFileSync(serverLogFile, `${line}\n`);
} });
let exitCode = 1;
try {
  log(`Soaking for ${minutes} min with ${connections} connections…`);
  const report = await runSoak(app, {
    connections,
    durationMs: minutes * 60_000,
    // Memory is compared from 30 s into the load (the caches are already full, see runSoak).
    warmUpMs: Math.min(30_000, (minutes * 60_000) / 5),
    editorIntervalMs: Number(values["editor-seconds"]) * 1000,
    maxRssGrowth: minutes >= 2 ? 0.15 : null,
    maxSessions: 11,
    log,
  });
  console.log(`\n## Soak — ${machineLine()}; server heap budget ${heapMb ? `${heapMb} MB` : "Node's default"}`);
  console.log(report.lines.join("\n"));
  console.log("");
  printWindows(report.windows);
  const errors = serverLog.filter((line) => line.startsWith("⨯"));
  console.log(`\nThe app logged ${errors.length} errors${errors.length ? `, first: ${errors[0]}` : ""}; its whole log: ${serverLogFile}`);
  exitCode = printChecks(report.checks);
} finally {
  await app.stop();
}
process.exit(exitCode);
