// Spawns the Next.js CLI as a child we can signal and wait for.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve("next/dist/bin/next");

export interface NextProcess {
  child: ChildProcess;
  exited: Promise<number>;
}

export interface RunNextOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** "pipe" to read Next's output from child.stdout/stderr (default: shared with ours). */
  output?: "inherit" | "pipe";
  /** Flags for node itself, e.g. --trace-gc (which NODE_OPTIONS does not accept). */
  nodeArgs?: string[];
}

export function runNext(args: string[], options: RunNextOptions): NextProcess {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), NEXT_BIN, ...args], {
    cwd: options.cwd,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: options.output === "pipe" ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  return { child, exited };
}

/**
 * Asks Next to stop (SIGTERM): it stops accepting connections, finishes the requests in flight
 * and closes the app's connection pool (lib/db/shutdown.ts). SIGKILL after a grace period.
 */
export async function stopNext(next: NextProcess, graceMs = 10_000): Promise<void> {
  if (next.child.exitCode !== null || next.child.signalCode !== null) return;
  next.child.kill("SIGTERM");
  const timer = setTimeout(() => next.child.kill("SIGKILL"), graceMs);
  await next.exited;
  clearTimeout(timer);
}
