// Runs one of the app's npm scripts as a child process, as a person would, in its own process
// group (so that a kill reaches npm, tsx and node alike), and reports its peak memory.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { ROOT } from "../../support/database";

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the whole group has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; maxRssMb: number | null }>;
  /** SIGKILL to every process of the group: what `kill -9` does to the importer. */
  killHard(): void;
}

const TIME_PREFIX = "@@maxrss_kb=";
/** GNU time (Debian's `time` package); without it the run works the same, without a memory figure. */
const GNU_TIME = "/usr/bin/time";

export function runNpmScript(script: string, args: string[], env: Record<string, string>, options: { onStderr?: (chunk: string) => void } = {}): CliRun {
  const npmArgs = ["run", "--silent", script, "--", ...args];
  // GNU time reports the largest resident set among the processes it waited for (npm's children too).
  const [command, commandArgs] = existsSync(GNU_TIME) ? [GNU_TIME, ["-f", `${TIME_PREFIX}%M`, "npm", ...npmArgs]] : ["npm", npmArgs];
  const child = spawn(command, commandArgs, {
    cwd: ROOT,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    options.onStderr?.(chunk);
  });
  const exited = new Promise<Awaited<CliRun["exited"]>>((resolve) => {
    child.once("close", (code, signal) => {
      const match = stderr.match(new RegExp(`${TIME_PREFIX}(\\d+)`));
      resolve({ code, signal, stdout, stderr: stderr.replace(/@@maxrss_kb=\d+\n?/, ""), maxRssMb: match ? Number(match[1]) / 1024 : null });
    });
  });
  return {
    child,
    exited,
    killHard() {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    },
  };
}
