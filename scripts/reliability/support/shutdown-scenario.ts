// The graceful-shutdown scenario, shared by `npm run reliability:shutdown` and its short version
// in e2e/reliability: `npm start` on a throwaway data directory, requests on fresh connections,
// SIGTERM to the whole process group, then a look at how every request ended and at how
// PostgreSQL starts next time.
import { spawn, type ChildProcess } from "node:child_process";
import { embeddedUrl, findFreePort, makeTempDataDir, runningPostmaster, startEmbeddedDatabase } from "@/lib/db/embedded";
import { ROOT } from "../../support/database";
import { sleep } from "./http";
import type { Check } from "./report";
import { loadRouteMix } from "./routes";
import { trackedGet, type TrackedRequest } from "./tracked-requests";

export interface ShutdownOptions {
  /** Requests in flight at any time (each on its own connection). */
  concurrency: number;
  /** Load before the signal. */
  loadMs: number;
  log: (line: string) => void;
}

export interface ShutdownReport {
  lines: string[];
  checks: Check[];
}

/** PostgreSQL's words for a start that had to recover from a crash. */
const RECOVERY = /not properly shut down|automatic recovery|redo starts|was interrupted/;

function isGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function collectLines(child: ChildProcess, lines: string[]) {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream?.on("data", (chunk: Buffer) => {
      const parts = (pending + chunk.toString("utf8")).split("\n");
      pending = parts.pop() ?? "";
      lines.push(...parts);
    });
  }
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await sleep(200);
  }
}

export async function runShutdownScenario(options: ShutdownOptions): Promise<ShutdownReport> {
  const temp = await makeTempDataDir("reliability-shutdown-");
  const [port, pgPort] = [await findFreePort(), await findFreePort()];
  const output: string[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PGPORT: String(pgPort), PG_DATA_DIR: temp.dataDir, TRACE_REQUESTS: "1" };
  delete env.DATABASE_URL; // the embedded PostgreSQL that npm start owns and must stop
  // `npm start` itself, as a user runs it, leading a process group of its own like a terminal job.
  const npm = spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  collectLines(npm, output);
  const pgid = npm.pid!;
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${baseURL}/api/health`).then((response) => response.ok, () => false)) || npm.exitCode !== null, 180_000, "npm start");
    if (npm.exitCode !== null) throw new Error(`npm start exited early:\n${output.slice(-20).join("\n")}`);
    options.log(`npm start is serving on ${baseURL} (process group ${pgid}).`);
    const routes = await loadRouteMix(embeddedUrl(pgPort, "yongkang"));

    const requests: TrackedRequest[] = [];
    let isLoading = true;
    const workers = Array.from({ length: options.concurrency }, async () => {
      while (isLoading) {
        const request = await trackedGet(baseURL, routes.next());
        requests.push(request);
        if (request.error === "ECONNREFUSED") await sleep(50);
      }
    });
    await sleep(options.loadMs);
    const signalledAt = Date.now();
    process.kill(-pgid, "SIGTERM");
    options.log("Sent SIGTERM to the process group.");
    await waitFor(() => !isGroupAlive(pgid), 60_000, "the process group to exit");
    const stoppedAfterMs = Date.now() - signalledAt;
    isLoading = false;
    await Promise.all(workers);
    const isPostgresStopped = runningPostmaster(temp.dataDir) === null;

    // Next start of PostgreSQL on the same data: did it have to recover?
    let startLog = "";
    const again = await startEmbeddedDatabase({ dataDir: temp.dataDir, port: await findFreePort(), onLog: (text) => (startLog += text) });
    await again.stop();

    // The app logs each request it begins (proxy.ts, TRACE_REQUESTS=1): those it must finish.
    const began = new Set(output.flatMap((line) => /^\[request\] began (\S+)/.exec(line)?.[1] ?? []));
    const accepted = requests.filter((request) => began.has(request.id));
    const inFlight = accepted.filter((request) => request.sentAt < signalledAt && (request.endedAt ?? Infinity) > signalledAt);
    const notBegun = requests.filter((request) => !began.has(request.id));
    const isGood = (request: TrackedRequest) => !request.error && request.isComplete && request.status !== undefined && request.status < 400;
    // An answer that had begun and then broke off: never acceptable, whoever began it.
    const cutOff = requests.filter((request) => request.answeredAt !== undefined && !isGood(request));
    const tally = (list: TrackedRequest[]) => {
      const counts: Record<string, number> = {};
      for (const request of list) {
        const key = request.error ?? `${request.status}${request.isComplete ? "" : " incomplete"}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return JSON.stringify(counts);
    };
    const startLines = startLog.split("\n").filter((line) => /database system (was|is ready)|redo|recovery/.test(line)).map((line) => line.replace(/^.*?(LOG|FATAL):\s*/, ""));
    const resetUnread = notBegun.filter((request) => request.error === "ECONNRESET");

    const lines = [
      `${requests.length} requests on fresh connections (${options.concurrency} at a time); SIGTERM to the process group after ${options.loadMs / 1000} s; ` +
        `the group was gone ${stoppedAfterMs} ms later.`,
      `- begun by the app: ${accepted.length} → ${tally(accepted)}; of these in flight at the signal: ${inFlight.length} → ${tally(inFlight)}`,
      `- never begun by the app: ${notBegun.length} → ${tally(notBegun)} (refused: the listener was closed; reset: connections whose request Node had not read yet, ` +
        `which server.close() drops as idle; ${resetUnread.map((request) => `connected ${request.connectedAt === undefined ? "never" : `${request.connectedAt - signalledAt} ms`}`).join(", ") || "none"} relative to the signal)`,
      `- the app's log: ${output.filter((line) => /Stopping|Closed the database|\[db\]/.test(line)).join(" | ")}`,
      `- PostgreSQL stopped with the app: ${isPostgresStopped}; its next start said: ${startLines.join(" / ")}`,
    ];
    const checks: Check[] = [
      { name: "requests were in flight when the signal came", isPassed: inFlight.length > 0, detail: `${inFlight.length}` },
      { name: "every request the app had begun completed with a full answer", isPassed: accepted.length > 0 && accepted.every(isGood), detail: tally(accepted) },
      { name: "no answer was cut off once it had begun", isPassed: cutOff.length === 0, detail: tally(cutOff) },
      { name: "the connection pool was closed", isPassed: output.some((line) => line.includes("[db] Closed the database connection pool.")), detail: "app log" },
      { name: "npm start stopped by itself", isPassed: stoppedAfterMs < 30_000, detail: `${stoppedAfterMs} ms` },
      {
        name: "PostgreSQL stopped, and its next start needed no crash recovery",
        isPassed: isPostgresStopped && !RECOVERY.test(startLog) && /database system was shut down/.test(startLog),
        detail: startLines.join(" / "),
      },
    ];
    return { lines, checks };
  } finally {
    if (isGroupAlive(pgid)) process.kill(-pgid, "SIGKILL");
    const orphan = runningPostmaster(temp.dataDir);
    if (orphan) process.kill(orphan.pid, "SIGINT");
    await waitFor(() => runningPostmaster(temp.dataDir) === null, 10_000, "PostgreSQL to stop").catch(() => {});
    await temp.remove();
  }
}
