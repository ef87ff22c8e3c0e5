// npm run reliability:retention [-- --requests 3000 --at-once 20 --articles 5000]
// A finished render must not outlive its request. Starts its own embedded PostgreSQL (seeds plus
// synthetic articles) and a production `next start` with its inspector open, sends two rounds of
// the soak's reader mix (mostly uncached renders), and after each asks the server's heap, after a
// full garbage collection, how many request objects (http.IncomingMessage) are still alive. Some
// stay in bounded places (Prisma remembers its last 100 transactions, with the async context
// they ran in); what must not happen is that the second round leaves more than the first. Before
// instrumentation.ts formatted abort reasons' stacks, every render stayed reachable and the
// soak's server ran out of heap (RELIABILITY.md, Soak). Exits 1 when a check fails.
import { execFile } from "node:child_process";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { findFreePort } from "@/lib/db/embedded";
import { startAppUnderTest } from "./support/app-under-test";
import { getEach, sleep } from "./support/http";
import { machineLine, printChecks } from "./support/report";
import { loadRouteMix } from "./support/routes";

const { values } = parseArgs({
  options: { requests: { type: "string", default: "3000" }, "at-once": { type: "string", default: "20" }, articles: { type: "string", default: "5000" } },
});
const requests = Number(values.requests);
const atOnce = Number(values["at-once"]);
const articles = Number(values.articles);
if (![requests, atOnce, articles].every((value) => Number.isInteger(value) && value >= 1) || requests % 2 !== 0) {
  console.error("Usage: npm run reliability:retention -- [--requests 3000 (even)] [--at-once 20] [--articles 5000]");
  process.exit(2);
}
/** What a round may add: the sockets' last requests, and slack for what is still being freed. */
const ALLOWED_GROWTH = 20;
/** Live requests allowed at all: Prisma's 100 remembered transactions are the largest bounded holder. */
const ALLOWED_LIVE = 100;
const LIVE_REQUESTS_HELPER = path.join(import.meta.dirname, "support/live-requests.mjs");
const log = (line: string) => console.log(`[retention] ${line}`);

async function liveRequests(inspectorUrl: string): Promise<{ liveRequests: number; heapUsedMb: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--experimental-websocket", "--no-warnings", LIVE_REQUESTS_HELPER, inspectorUrl]);
  return JSON.parse(stdout) as { liveRequests: number; heapUsedMb: number };
}

let inspectorUrl: string | undefined;
const app = await startAppUnderTest({
  port: await findFreePort(),
  corpusArticles: articles,
  log,
  nodeArgs: ["--inspect=127.0.0.1:0"],
  onServerOutput: (line) => (inspectorUrl ??= /Debugger listening on (ws:\/\/\S+)/.exec(line)?.[1]),
});
let exitCode = 1;
try {
  // Next opens the inspector itself, after it reports being up: wait for its address.
  for (const deadline = Date.now() + 15_000; !inspectorUrl && Date.now() < deadline; ) await sleep(100);
  if (!inspectorUrl) throw new Error("The server did not print its inspector's address.");
  const routes = await loadRouteMix(app.databaseUrl);
  const idle = await liveRequests(inspectorUrl);
  const rounds: Array<{ seconds: number; failed: string[]; live: Awaited<ReturnType<typeof liveRequests>> }> = [];
  for (let round = 0; round < 2; round++) {
    const startedAt = Date.now();
    const failed = await getEach(app.baseURL, Array.from({ length: requests / 2 }, routes.next), atOnce);
    rounds.push({ seconds: (Date.now() - startedAt) / 1000, failed, live: await liveRequests(inspectorUrl) });
  }
  const [first, second] = rounds as [(typeof rounds)[0], (typeof rounds)[0]];
  const growth = second.live.liveRequests - first.live.liveRequests;
  console.log(`\n## Retention — ${machineLine()}`);
  console.log(`Two rounds of ${requests / 2} requests of the soak's reader mix, ${atOnce} at a time: ${first.seconds.toFixed(0)} s and ${second.seconds.toFixed(0)} s.`);
  console.log(`Live requests after a full collection: ${idle.liveRequests} idle, ${first.live.liveRequests} after the first round, ${second.live.liveRequests} after the second; heap ${idle.heapUsedMb}, ${first.live.heapUsedMb}, ${second.live.heapUsedMb} MB.`);
  const failed = [...first.failed, ...second.failed];
  exitCode = printChecks([
    { name: "every request answered 200", isPassed: failed.length === 0, detail: failed.slice(0, 5).join(", ") || `${requests} requests` },
    { name: `the second round leaves at most ${ALLOWED_GROWTH} more live requests than the first`, isPassed: growth <= ALLOWED_GROWTH, detail: `${first.live.liveRequests} → ${second.live.liveRequests}` },
    { name: `at most ${ALLOWED_LIVE} requests alive after ${requests}`, isPassed: second.live.liveRequests <= ALLOWED_LIVE, detail: `${second.live.liveRequests}` },
  ]);
} finally {
  await app.stop();
}
process.exit(exitCode);
