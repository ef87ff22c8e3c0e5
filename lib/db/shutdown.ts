// Closes the app's connection pool when `next start` shuts down on SIGTERM/SIGINT.
//
// Next's own handler stops accepting connections, waits for the requests in flight, then calls
// process.exit() — with no hook in between. Closing the pool as soon as the signal arrives would
// fail those requests, so the signal only arms a wrapper around process.exit(): when Next exits,
// the pool is closed first (each connection ends with a Terminate message), bounded in time.

const REGISTRY_KEY = Symbol.for("yongkang.databaseClosers");
const CLOSE_TIMEOUT_MS = 3_000;
const SIGNALS = ["SIGTERM", "SIGINT"] as const;

type Closer = () => Promise<void>;

interface Registry {
  closers: Set<Closer>;
  isArmed: boolean;
}

function registry(): Registry {
  const store = globalThis as { [REGISTRY_KEY]?: Registry };
  if (!store[REGISTRY_KEY]) {
    store[REGISTRY_KEY] = { closers: new Set(), isArmed: false };
    // `next build` loads the routes in workers it ends with SIGTERM: nothing to close there.
    const isBuilding = process.env.NEXT_PHASE === "phase-production-build";
    if (!isBuilding) for (const signal of SIGNALS) process.once(signal, () => armExit(signal));
  }
  return store[REGISTRY_KEY];
}

async function closeAll(closers: Iterable<Closer>): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref());
  await Promise.race([Promise.allSettled([...closers].map((close) => close())), timeout]);
}

function armExit(signal: (typeof SIGNALS)[number]) {
  const current = registry();
  if (current.isArmed) return;
  current.isArmed = true;
  const exit = process.exit.bind(process);
  let isExiting = false;
  process.exit = ((code?: number | string | null) => {
    if (isExiting) return undefined as never;
    isExiting = true;
    void closeAll(current.closers).finally(() => {
      console.log("[db] Closed the database connection pool.");
      exit(code);
    });
    return undefined as never;
  }) as typeof process.exit;
  // Without a handler of Next's (NEXT_MANUAL_SIG_HANDLE), nobody else would end the process.
  if (process.listenerCount(signal) === 0) process.exit(128 + (signal === "SIGTERM" ? 15 : 2));
}

/** Runs `close` before the process exits after a shutdown signal. */
export function closeOnShutdown(close: Closer): void {
  registry().closers.add(close);
}
