// The app as the reliability scripts run it: a production `next start` on its own embedded
// PostgreSQL (fresh temp data directory, seeded, optionally with a synthetic corpus), which a
// script can stop and start again on the same data directory while the app keeps running.
import { findFreePort, makeTempDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedIfEmpty } from "@/lib/ingest/seed";
import { startAppServer } from "../../support/app-server";
import { loadCorpus } from "../../support/corpus-load";
import { stopNext, type NextProcess } from "../../support/next";

export interface AppUnderTestOptions {
  port: number;
  /** Synthetic articles to add to the seed pages (0: the seeds only). */
  corpusArticles: number;
  log: (line: string) => void;
  /** Receives Next's output line by line (default: dropped). */
  onServerOutput?: (line: string) => void;
  /** The server's V8 old-space budget (--max-old-space-size); default: Node's own sizing. */
  heapMb?: number;
  /** Flags for the server's node (e.g. --trace-gc). */
  nodeArgs?: string[];
}

/** What the scenarios need of a running app (the e2e specs provide their own). */
export interface ScenarioApp {
  baseURL: string;
  databaseUrl: string;
  /** pid of the process serving requests (its descendants count towards its memory). */
  serverPid: number;
  /** Stops the app's PostgreSQL (fast shutdown); the app keeps running. */
  stopDatabase(): Promise<void>;
  /** Starts it again on the same data directory and port. */
  startDatabase(): Promise<void>;
}

export interface AppUnderTest extends ScenarioApp {
  next: NextProcess;
  stop(): Promise<void>;
}

const DATABASE = "reliability";

export async function startAppUnderTest(options: AppUnderTestOptions): Promise<AppUnderTest> {
  const { log } = options;
  const temp = await makeTempDataDir("reliability-pg-");
  const pgPort = await findFreePort();
  const start = () => startEmbeddedDatabase({ dataDir: temp.dataDir, port: pgPort, detached: true });
  let database: EmbeddedDatabase | null = await start();
  let next: NextProcess | null = null;
  const stop = async () => {
    if (next) await stopNext(next);
    await database?.stop();
    database = null;
    await temp.remove();
  };

  try {
    await database.ensureDatabase(DATABASE);
    const databaseUrl = database.urlFor(DATABASE);
    await applyMigrations(databaseUrl);
    const db = createPrismaClient(databaseUrl, { max: 2 });
    try {
      await seedIfEmpty(db);
    } finally {
      await db.$disconnect();
    }
    if (options.corpusArticles > 0) {
      log(`Loading ${options.corpusArticles} synthetic articles…`);
      await loadCorpus({ url: databaseUrl, articles: options.corpusArticles });
    }
    const heap = options.heapMb ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${options.heapMb}`.trim() } : {};
    const server = await startAppServer({ databaseUrl, port: options.port, log, env: heap as NodeJS.ProcessEnv, output: "pipe", nodeArgs: options.nodeArgs });
    next = server.next;
    forwardLines(next, options.onServerOutput ?? (() => {}));
    const baseURL = server.baseUrl;
    log(`App serving on ${baseURL} (PostgreSQL on port ${pgPort}).`);
    return {
      baseURL,
      databaseUrl,
      serverPid: next.child.pid!,
      next,
      async stopDatabase() {
        await database?.stop();
        database = null;
      },
      async startDatabase() {
        database = await start();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function forwardLines(next: NextProcess, onLine: (line: string) => void) {
  for (const stream of [next.child.stdout, next.child.stderr]) {
    let pending = "";
    stream?.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    });
  }
}
