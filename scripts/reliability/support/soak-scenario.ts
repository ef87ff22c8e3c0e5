// The soak, shared by `npm run soak` and its short version in e2e/reliability: `connections`
// concurrent connections on a mix of reader routes and searches plus an editor saving every few
// seconds, with the server's memory and database sessions sampled throughout.
import type { Browser } from "@playwright/test";
import type { ScenarioApp } from "./app-under-test";
import { auditSaves, startEditor } from "./editor";
import { get, getEach, sleep } from "./http";
import { startLoad } from "./load";
import { sampleConnections, treeRssMb } from "./metrics";
import type { Check } from "./report";
import { loadRouteMix } from "./routes";
import { growth, summarizeWindows, type WindowSummary } from "./stats";

export interface SoakOptions {
  connections: number;
  durationMs: number;
  /** Memory is compared from the end of this first stretch of load (JIT, caches) to the end. */
  warmUpMs: number;
  editorIntervalMs: number;
  /** Checked only on long runs: over a few seconds, memory still grows while the server warms up. */
  maxRssGrowth: number | null;
  /** The app's pool size plus one probe connection. */
  maxSessions: number;
  log: (line: string) => void;
  /** For the editor's page (a test's browser); by default the editor launches its own. */
  browser?: Browser;
}

export interface SoakReport {
  lines: string[];
  windows: WindowSummary[];
  checks: Check[];
}

export async function runSoak(app: ScenarioApp, options: SoakOptions): Promise<SoakReport> {
  const routes = await loadRouteMix(app.databaseUrl);
  const broken = (await Promise.all(routes.samples().map(async (path) => ({ path, answer: await get(`${app.baseURL}${path}`) })))).filter(({ answer }) => answer.status !== 200);
  if (broken.length) throw new Error(`Routes of the mix that do not answer 200 before the load: ${broken.map(({ path, answer }) => `${path} → ${answer.status}`).join(", ")}`);

  const rssIdle = treeRssMb(app.serverPid);
  const crawl = await crawlOnce(app.baseURL, routes.listPaths());
  if (crawl.failed.length) throw new Error(`List addresses that do not answer 200: ${crawl.failed.join(", ")}`);
  const rssCrawled = treeRssMb(app.serverPid);
  options.log(`Visited the ${crawl.count} list addresses once in ${(crawl.ms / 1000).toFixed(0)} s (their caches are full).`);
  const startedAt = Date.now();
  const sessions = await sampleConnections(app.databaseUrl, 5_000, startedAt);
  const rss: Array<{ at: number; mb: number }> = [];
  const rssTimer = setInterval(() => rss.push({ at: Date.now() - startedAt, mb: treeRssMb(app.serverPid) }), 5_000);
  const editor = await startEditor({ baseURL: app.baseURL, databaseUrl: app.databaseUrl, intervalMs: options.editorIntervalMs, origin: startedAt, browser: options.browser });
  const load = startLoad({ baseURL: app.baseURL, connections: options.connections, durationSeconds: Math.ceil(options.durationMs / 1000), nextPath: routes.next, origin: startedAt });

  await sleep(options.warmUpMs);
  const rssStart = treeRssMb(app.serverPid);
  options.log(`Warmed up: server RSS ${rssStart.toFixed(0)} MB (idle before the load: ${rssIdle.toFixed(0)} MB).`);
  const result = await load.done;
  const rssEnd = treeRssMb(app.serverPid);
  clearInterval(rssTimer);
  await editor.stop();
  await sessions.stop();
  const saves = await auditSaves(app.databaseUrl, editor);

  const windows = summarizeWindows(result.samples, 30_000);
  const non2xx = Object.entries(result.byStatus).filter(([status]) => !status.startsWith("2"));
  const sessionCounts = sessions.samples.map((sample) => sample.sessions);
  const maxSessions = Math.max(...sessionCounts);
  const rssGrowth = growth(rssStart, rssEnd);
  const everyMinute = <T,>(series: T[]) => series.filter((_, index) => index % 12 === 0 || index === series.length - 1);

  const lines = [
    `Load: ${options.connections} connections for ${result.seconds.toFixed(0)} s: ${result.requests} answers (${(result.requests / result.seconds).toFixed(1)}/s), ` +
      `statuses ${JSON.stringify(result.byStatus)}, connection errors/timeouts ${result.errors} ${JSON.stringify(result.errorCodes)}.`,
    `Warm-up: each of the ${crawl.count} list addresses the mix uses visited once (${(crawl.ms / 1000).toFixed(0)} s), filling the list caches.`,
    `Server RSS: ${rssIdle.toFixed(0)} MB idle, ${rssCrawled.toFixed(0)} MB after the warm-up, ${rssStart.toFixed(0)} MB after ${options.warmUpMs / 1000} s of load, ${rssEnd.toFixed(0)} MB at the end ` +
      `(${(rssGrowth * 100).toFixed(1)} %); every minute: ${everyMinute(rss).map((sample) => `${(sample.at / 1000).toFixed(0)} s ${sample.mb.toFixed(0)}`).join(", ")} MB.`,
    `Database sessions of the app (pg_stat_activity, every 5 s): min ${Math.min(...sessionCounts)}, max ${maxSessions}; ` +
      `every minute: ${everyMinute(sessions.samples).map((sample) => `${(sample.at / 1000).toFixed(0)} s ${sample.sessions}`).join(", ")}.`,
    `Editor: ${editor.attempts.length} saves attempted, ${saves.saved} reported saved, all with their revision: ${saves.falseSuccesses.length === 0}; ${saves.failed} failed, ${saves.unavailable} page unavailable.`,
    ...editor.attempts.filter((attempt) => attempt.outcome !== "saved").map((attempt) => `Editor save at ${(attempt.at / 1000).toFixed(0)} s: ${attempt.outcome} (${attempt.message})`),
    ...(result.failures.length ? [`First failures: ${result.failures.slice(0, 5).map((failure) => `${failure.status} ${failure.path}`).join(", ")}`] : []),
  ];
  const checks: Check[] = [
    { name: "every answer 2xx", isPassed: non2xx.length === 0 && result.requests > 0, detail: `${result.requests} answers, non-2xx ${JSON.stringify(Object.fromEntries(non2xx))}` },
    { name: "no connection errors or timeouts", isPassed: result.errors === 0, detail: `${result.errors}` },
    { name: `database sessions bounded (≤ ${options.maxSessions})`, isPassed: maxSessions <= options.maxSessions, detail: `max ${maxSessions}` },
    { name: "every save the editor saw succeed is committed, and none failed", isPassed: saves.saved > 0 && saves.falseSuccesses.length === 0 && saves.failed === 0 && saves.unavailable === 0, detail: `${saves.saved}/${editor.attempts.length}` },
    ...(options.maxRssGrowth === null
      ? []
      : [{ name: `server memory growth < ${options.maxRssGrowth * 100} %`, isPassed: rssGrowth < options.maxRssGrowth, detail: `${rssStart.toFixed(0)} → ${rssEnd.toFixed(0)} MB (${(rssGrowth * 100).toFixed(1)} %)` }]),
  ];
  return { lines, windows, checks };
}

/** GETs every path once, ten at a time. */
async function crawlOnce(baseURL: string, paths: string[]): Promise<{ count: number; ms: number; failed: string[] }> {
  const startedAt = Date.now();
  const failed = await getEach(baseURL, paths, 10);
  return { count: paths.length, ms: Date.now() - startedAt, failed };
}
