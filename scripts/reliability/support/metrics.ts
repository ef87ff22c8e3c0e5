// What the reliability scripts watch besides HTTP: the server's memory and its database sessions.
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

/** pid and every descendant (Linux /proc): `next start` serves from a child process. */
function processTree(rootPid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]!) ?? []));
  return tree;
}

/** Resident memory of the process and its descendants, in MB. */
export function treeRssMb(rootPid: number): number {
  let kb = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)/m);
      kb += Number(line?.[1] ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return kb / 1024;
}

export interface ConnectionSampler {
  /** Client sessions of the app's database, oldest sample first. */
  samples: Array<{ at: number; sessions: number }>;
  stop(): Promise<void>;
}

/** Counts the app's sessions in pg_stat_activity every `everyMs` (its own session excluded). */
export async function sampleConnections(databaseUrl: string, everyMs: number, startedAt = Date.now()): Promise<ConnectionSampler> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  const samples: ConnectionSampler["samples"] = [];
  const sample = async () => {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    samples.push({ at: Date.now() - startedAt, sessions: rows[0]!.count });
  };
  await sample();
  const timer = setInterval(() => void sample().catch(() => {}), everyMs);
  return {
    samples,
    async stop() {
      clearInterval(timer);
      await client.end().catch(() => {});
    },
  };
}
