// A production server of this checkout for benchmarks and soak tests: builds when stale, runs
// `next start` against the given database, and waits until it answers.
import { buildIfStale } from "./build";
import { ROOT } from "./database";
import { runNext, stopNext, type NextProcess } from "./next";

export interface AppServer {
  baseUrl: string;
  next: NextProcess;
  stop(): Promise<void>;
}

export interface AppServerOptions {
  databaseUrl: string;
  port: number;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** "pipe" to read the server's output from next.child.stdout/stderr (default: shared with ours). */
  output?: "inherit" | "pipe";
  /** Flags for node itself (see RunNextOptions). */
  nodeArgs?: string[];
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  await buildIfStale(ROOT, log);
  const env = { ...process.env, ...options.env, DATABASE_URL: options.databaseUrl, NODE_ENV: "production" as const };
  const next = runNext(["start", "-p", String(options.port)], { cwd: ROOT, env, output: options.output, nodeArgs: options.nodeArgs });
  const baseUrl = `http://127.0.0.1:${options.port}`;
  await waitUntilUp(`${baseUrl}/api/health`, next);
  return { baseUrl, next, stop: () => stopNext(next) };
}

async function waitUntilUp(url: string, next: NextProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let hasExited = false;
  void next.exited.then(() => (hasExited = true));
  while (Date.now() < deadline && !hasExited) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(hasExited ? "next start exited before it answered" : `next start did not answer ${url} within ${timeoutMs / 1000} s`);
}
