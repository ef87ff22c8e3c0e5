// npm run bench [-- --articles 100000 --seconds 10 --fresh --shared-buffers 1GB --only list,article --load-only]
// Builds the production app (when stale), loads the synthetic corpus into an embedded PostgreSQL kept
// under .data/bench/<articles> (reused by later runs; --fresh reloads it), starts `next start`, and
// measures every reader route against the floor (a constant route of the same server): first the
// cold latency (each URL once, caches emptied), then req/s and p50/p95/p99 at 1 and 20 connections
// (warm). Writes BENCHMARKS.md (a table per corpus size) and bench/results.json. A benchmark, not a
// test: nothing here asserts a figure.
import { parseArgs } from "node:util";
import pg from "pg";
import { findFreePort } from "@/lib/db/embedded";
import { openBenchDatabase } from "./bench/bench-database";
import { emptyCaches } from "./bench/caches";
import { runCold, runLoad, type LoadResult } from "./bench/load";
import { describeMachine, renderTable, writeReports, type RouteResult } from "./bench/report";
import { benchRoutes } from "./bench/routes";
import { startAppServer } from "./support/app-server";
import { buildIfStale } from "./support/build";
import { ROOT } from "./support/database";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    seconds: { type: "string", default: "10" },
    fresh: { type: "boolean", default: false },
    "shared-buffers": { type: "string", default: "1GB" },
    only: { type: "string" },
    "load-only": { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const seconds = Number(values.seconds);
if (!Number.isInteger(articles) || articles < 100 || !(seconds > 0)) {
  console.error("Usage: npm run bench -- [--articles <count ≥ 100>] [--seconds <per run>] [--fresh] [--shared-buffers 1GB] [--only list,article]");
  process.exit(2);
}

// Build first: a build that fails must not leave the benchmark's PostgreSQL running.
if (!values["load-only"]) await buildIfStale(ROOT, (line) => console.log(`[build] ${line}`));
const database = await openBenchDatabase({ articles, isFresh: values.fresh, sharedBuffers: values["shared-buffers"] });
if (values["load-only"]) {
  await database.server.stop();
  process.exit(0);
}
const postgres = await postgresVersion(database.url);
const only = values.only ? new Set(values.only.split(",")) : null;
const routes = (await benchRoutes(database.url)).filter((route) => route.key === "floor" || !only || only.has(route.key));
await emptyCaches(ROOT);
const app = await startAppServer({ databaseUrl: database.url, port: await findFreePort(), log: (line) => console.log(`[build] ${line}`) }).catch(async (error: unknown) => {
  await database.server.stop();
  throw error;
});
const results: RouteResult[] = [];
try {
  await runLoad({ baseUrl: app.baseUrl, paths: ["/api/ping"], connections: 4, seconds: 2 }); // JIT warm-up, no page cached
  for (const route of routes) {
    // The cold pass comes first: the first request to each URL since the caches were emptied.
    const cold = await runCold(app.baseUrl, route.paths);
    if (cold.notFound === route.paths.length) {
      console.log(`${route.label}: 404, not in this build; skipped.`);
      results.push({ route, cold: null, runs: [] });
      continue;
    }
    const runs: LoadResult[] = [];
    await runLoad({ baseUrl: app.baseUrl, paths: route.paths, connections: 4, seconds: 2 }); // warm-up
    for (const connections of [1, 20]) {
      const result = await runLoad({ baseUrl: app.baseUrl, paths: route.paths, connections, seconds });
      runs.push(result);
      console.log(`${route.label}, ${connections} conn: ${result.requestsPerSecond.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms, errors ${result.errors + result.non2xx}`);
    }
    results.push({ route, cold, runs });
  }
} finally {
  await app.stop();
  await database.server.stop();
}

const { machine, commit } = describeMachine(postgres);
const run = { articles, date: new Date().toISOString().slice(0, 10), commit, machine, results };
console.log(`\n${renderTable(run)}`);
writeReports(ROOT, run);
console.log("\nWrote BENCHMARKS.md and bench/results.json.");
process.exit(0);

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ version: string; shared_buffers: string }>("SELECT split_part(version(), ' ', 2) AS version, current_setting('shared_buffers') AS shared_buffers");
  await client.end();
  return `PostgreSQL ${rows[0]?.version} (shared_buffers ${rows[0]?.shared_buffers})`;
}
