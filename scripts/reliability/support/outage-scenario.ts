// The database-outage scenario, shared by `npm run reliability:outage` and its short version in
// e2e/reliability: under load and with an editor saving, stop the app's PostgreSQL, keep it down,
// start it again on the same data directory, and check what every client saw.
import { classifyAnswer, findLeak, type AnswerKind } from "./answers";
import type { Browser } from "@playwright/test";
import type { ScenarioApp } from "./app-under-test";
import { auditSaves, startEditor } from "./editor";
import { get, sleep } from "./http";
import { startLoad } from "./load";
import type { Check } from "./report";
import { loadRouteMix } from "./routes";

export interface OutageOptions {
  connections: number;
  outageMs: number;
  /** Load before the stop and after the recovery. */
  steadyMs: number;
  /** Seconds within which every route must answer again (the brief's bound: 5). */
  recoveryLimitMs: number;
  log: (line: string) => void;
  /** For the editor's page (a test's browser); by default the editor launches its own. */
  browser?: Browser;
}

export interface OutageReport {
  lines: string[];
  checks: Check[];
}

type Counts = Record<AnswerKind, number>;
const count = (): Counts => ({ ok: 0, "outage-503": 0, "error-page": 0, other: 0 });
const total = (counts: Counts) => Object.values(counts).reduce((sum, value) => sum + value, 0);

export async function runOutageScenario(app: ScenarioApp, options: OutageOptions): Promise<OutageReport> {
  const routes = await loadRouteMix(app.databaseUrl);
  const startedAt = Date.now();
  const since = () => Date.now() - startedAt;
  const editor = await startEditor({ baseURL: app.baseURL, databaseUrl: app.databaseUrl, intervalMs: 1_500, origin: startedAt, browser: options.browser });
  const phases = { stopBegin: 0, stopEnd: 0, restartEnd: 0, recovered: 0 };
  const byPhase = { before: count(), transition: count(), outage: count(), recovering: count(), after: count() };
  // Answers within a second of the stop may come from requests that were already rendering.
  const phaseAt = (at: number): keyof typeof byPhase => {
    if (!phases.stopBegin || at < phases.stopBegin) return "before";
    if (!phases.stopEnd || at < phases.stopEnd + 1_000) return "transition";
    if (!phases.restartEnd) return "outage";
    return !phases.recovered || at < phases.recovered ? "recovering" : "after";
  };
  const leaks: string[] = [];
  const examples: string[] = [];
  const load = startLoad({
    baseURL: app.baseURL,
    connections: options.connections,
    durationSeconds: 3_600,
    nextPath: routes.next,
    origin: startedAt,
    inspect: ({ path, status, body, at }) => {
      const phase = phaseAt(at);
      const kind = classifyAnswer(status, body);
      byPhase[phase][kind]++;
      if (kind !== "ok" && kind !== "outage-503" && examples.length < 10) examples.push(`${phase} ${status} ${path}${kind === "other" ? ` (${describeBody(body)})` : ""}`);
      const leak = findLeak(body);
      if (leak && leaks.length < 10) leaks.push(`${status} ${path}: /${leak}/`);
    },
  });

  await sleep(options.steadyMs);
  phases.stopBegin = since();
  await app.stopDatabase();
  phases.stopEnd = since();
  options.log(`PostgreSQL stopped (fast shutdown took ${phases.stopEnd - phases.stopBegin} ms); keeping it down for ${options.outageMs / 1000} s.`);
  const health = await pollHealth(app.baseURL, options.outageMs);
  await app.startDatabase();
  phases.restartEnd = since();
  const recovery = await timeToRecovery(app.baseURL, routes.samples());
  phases.recovered = since();
  options.log(`PostgreSQL back; /api/health ok for a request sent ${recovery.healthMs} ms later, every route for requests sent at most ${recovery.allRoutesMs} ms later.`);
  await sleep(options.steadyMs);
  load.stop();
  const result = await load.done;
  await editor.stop();
  const saves = await auditSaves(app.databaseUrl, editor);
  const outageSaves = editor.attempts.filter((attempt) => attempt.doneAt >= phases.stopBegin && attempt.at < phases.restartEnd);
  const refusedSaves = outageSaves.filter((attempt) => attempt.outcome === "error");
  const seconds = (ms: number) => (ms / 1000).toFixed(1);

  const lines = [
    `Load: ${options.connections} connections, ${result.requests} answers in ${result.seconds.toFixed(0)} s; PostgreSQL stopped at ${seconds(phases.stopBegin)} s ` +
      `(fast shutdown ${phases.stopEnd - phases.stopBegin} ms), started again at ${seconds(phases.restartEnd)} s.`,
    ...Object.entries(byPhase).map(([phase, counts]) => `- ${phase}: ${JSON.stringify(counts)}`),
    `- /api/health polled every 250 ms while down: ${health.down} × 503 {"status":"degraded","db":"down"}, ${health.other} other`,
    `- recovery: /api/health ok for a request sent ${recovery.healthMs} ms after PostgreSQL was back; every route (one of each kind, retried every 100 ms) 200 for requests sent at most ${recovery.allRoutesMs} ms after`,
    `- editor: ${editor.attempts.length} save attempts, ${saves.saved} reported saved (${saves.falseSuccesses.length} without their revision), ` +
      `${saves.failed} reported failed (${saves.committedDespiteError} of them committed anyway), ${saves.unavailable} found the edit page unavailable (503)`,
    `- editor's attempts: ${editor.attempts.map((attempt) => `${seconds(attempt.at)}–${seconds(attempt.doneAt)} s ${attempt.outcome}${attempt.version ? ` v${attempt.version}` : ""}`).join("; ")}`,
    `- errors shown to editors: ${[...new Set(editor.attempts.filter((attempt) => attempt.outcome === "error").map((attempt) => attempt.message))].join(" / ") || "none"}`,
    `- connection errors: ${result.errors} ${JSON.stringify(result.errorCodes)}; answers other than 200 or the outage 503: ${examples.join(", ") || "none"}`,
  ];
  const checks: Check[] = [
    { name: "no errors before the outage", isPassed: byPhase.before.ok > 0 && total(byPhase.before) === byPhase.before.ok, detail: JSON.stringify(byPhase.before) },
    { name: "while down, every answer is the 503 outage answer", isPassed: byPhase.outage["outage-503"] > 0 && total(byPhase.outage) === byPhase.outage["outage-503"], detail: JSON.stringify(byPhase.outage) },
    { name: "requests caught rendering by the stop got the Chinese error page, nothing else", isPassed: byPhase.transition.other === 0, detail: JSON.stringify(byPhase.transition) },
    { name: "/api/health said db: down throughout", isPassed: health.down > 0 && health.other === 0, detail: `${health.down} polls` },
    { name: `every route answers again within ${options.recoveryLimitMs / 1000} s, without restarting the app`, isPassed: recovery.allRoutesMs <= options.recoveryLimitMs, detail: `${recovery.allRoutesMs} ms` },
    { name: "while it comes back, 503 or 200 only", isPassed: total(byPhase.recovering) === byPhase.recovering.ok + byPhase.recovering["outage-503"], detail: JSON.stringify(byPhase.recovering) },
    { name: "no errors after recovery", isPassed: byPhase.after.ok > 0 && total(byPhase.after) === byPhase.after.ok, detail: JSON.stringify(byPhase.after) },
    { name: "no stack trace or English error text in any answer", isPassed: leaks.length === 0, detail: leaks.join("; ") || "none" },
    { name: "no connection errors", isPassed: result.errors === 0, detail: JSON.stringify(result.errorCodes) },
    { name: "no save reported as saved without its revision", isPassed: saves.falseSuccesses.length === 0, detail: `${saves.saved} saved, ${saves.falseSuccesses.length} false` },
    {
      name: "a save clicked during the outage was refused in Chinese, and the editor saved again after it",
      isPassed:
        refusedSaves.length > 0 &&
        refusedSaves.every((attempt) => /[\u4e00-\u9fff]/.test(attempt.message) && !findLeak(attempt.message) && !/error/i.test(attempt.message)) &&
        editor.attempts.some((attempt) => attempt.at >= phases.restartEnd && attempt.outcome === "saved"),
      detail: refusedSaves.map((attempt) => attempt.message).join(" / ") || `none of ${outageSaves.length} attempts during the outage got to click 保存`,
    },
  ];
  return { lines, checks };
}

/** Polls /api/health every 250 ms for `ms`. */
async function pollHealth(baseURL: string, ms: number): Promise<{ down: number; other: number }> {
  const tally = { down: 0, other: 0 };
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const answer = await get(`${baseURL}/api/health`);
    if (answer.status === 503 && answer.body === '{"status":"degraded","db":"down"}') tally.down++;
    else tally.other++;
    await sleep(250);
  }
  return tally;
}

/**
 * After the restart, for /api/health and one route of every kind in parallel: when the first
 * request that got 200 was sent (retrying each every 100 ms). Counted to the sending, not the
 * answer: under load an answer itself may take seconds, which is latency, not recovery.
 */
async function timeToRecovery(baseURL: string, paths: string[]): Promise<{ healthMs: number; allRoutesMs: number }> {
  const backAt = Date.now();
  const firstOk = async (path: string) => {
    while (Date.now() - backAt < 60_000) {
      const sentAt = Date.now();
      if ((await get(`${baseURL}${path}`)).status === 200) return sentAt - backAt;
      await sleep(100);
    }
    return Number.POSITIVE_INFINITY;
  };
  const [healthMs, ...routeMs] = await Promise.all(["/api/health", ...paths].map(firstOk));
  return { healthMs: healthMs!, allRoutesMs: Math.max(healthMs!, ...routeMs) };
}

/** What a page that is neither the app's nor the outage page shows: its size, title and first heading. */
function describeBody(body: string): string {
  const text = (pattern: RegExp) => pattern.exec(body)?.[1]?.replace(/<[^>]*>/g, "").slice(0, 80) ?? "-";
  return `${body.length} B, title ${JSON.stringify(text(/<title>(.*?)<\/title>/s))}, h1 ${JSON.stringify(text(/<h1[^>]*>(.*?)<\/h1>/s))}`;
}
