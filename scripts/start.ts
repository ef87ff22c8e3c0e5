// npm start / npm run dev: database → migrations → seed on first run → build if stale → serve.
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { isPortFree } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { seedIfEmpty } from "@/lib/ingest/seed";
import { buildIfStale } from "./support/build";
import { DATA_DIR, openAppDatabase, ROOT, type AppDatabase } from "./support/database";
import { printSummary } from "./support/import-report";
import { runNext, stopNext, type NextProcess } from "./support/next";
import { acquireLock } from "./support/process-lock";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[start] ${line}`);

function fail(message: string): never {
  console.error(`[start] ${message}`);
  process.exit(1);
}

const lock = acquireLock(path.join(path.dirname(DATA_DIR), "start.lock"));
if ("heldBy" in lock) fail(`Another "npm start" is already running (pid ${lock.heldBy}). Stop it first (Ctrl-C in its terminal).`);
const releaseLock = lock.release;
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT must be a port number, got "${process.env.PORT}".`);
if (!(await isPortFree(port))) fail(`Port ${port} is already in use. Set PORT to a free port, e.g. PORT=3001 npm start.`);

let database: AppDatabase | null = null;
let databaseOpening: Promise<AppDatabase> | null = null;
let next: NextProcess | null = null;
let isStopping = false;

async function shutdown(exitCode: number) {
  if (isStopping) return;
  isStopping = true;
  log("Stopping…");
  if (next) await stopNext(next);
  // A signal while PostgreSQL is still starting: wait for it, or it would outlive us.
  const opened = database ?? (await databaseOpening?.catch(() => null));
  if (opened) await opened.stop();
  releaseLock();
  process.exit(exitCode);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));

try {
  // In a process group of its own: a signal to ours (Ctrl-C, `kill -TERM -<pgid>`) must not make
  // PostgreSQL shut down while Next is still finishing its requests; shutdown() stops it after Next.
  databaseOpening = openAppDatabase(log, { mustOwn: true, detached: true });
  database = await databaseOpening;
  const { applied } = await applyMigrations(database.url, { log });
  if (applied.length) log(`Applied ${applied.length} migration(s).`);
  const db = createPrismaClient(database.url, { max: 2 });
  try {
    const summary = await seedIfEmpty(db);
    if (summary) {
      log("Empty database: imported the seed pages.");
      printSummary(summary);
    }
  } finally {
    await db.$disconnect();
  }
  if (!isDev) await buildIfStale(ROOT, log);
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

if (!isStopping) {
  const env = { ...process.env, DATABASE_URL: database?.url, PORT: String(port) };
  next = runNext([isDev ? "dev" : "start", "-p", String(port)], { cwd: ROOT, env });
  log(`Serving on http://localhost:${port}`);
  void next.exited.then((code) => shutdown(isStopping ? 0 : code));
}
