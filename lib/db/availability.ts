// Whether this server process believes its database is reachable (pure: no imports).
//
// Failed connections mark it down (lib/db/observed-adapter.ts); while it is down, proxy.ts
// answers 503 without touching the database and lets one cheap probe through at most once per
// interval; the first probe that succeeds marks it up again. The state lives on globalThis
// because proxy.ts and the app routes are separate bundles with separate module instances,
// but `next start` runs them in one Node.js process and one global scope.

const STATE_KEY = Symbol.for("yongkang.databaseAvailability");
export const PROBE_INTERVAL_MS = 1_000;

interface AvailabilityState {
  isDown: boolean;
  downSince: number;
  lastProbeAt: number;
  probe: Promise<boolean> | null;
}

function state(): AvailabilityState {
  const store = globalThis as { [STATE_KEY]?: AvailabilityState };
  return (store[STATE_KEY] ??= { isDown: false, downSince: 0, lastProbeAt: 0, probe: null });
}

export function isDatabaseMarkedDown(): boolean {
  return state().isDown;
}

/** Records an outage; the failure that revealed it counts as the first probe. */
export function markDatabaseDown(reason: string, now = Date.now()): void {
  const current = state();
  if (current.isDown) return;
  Object.assign(current, { isDown: true, downSince: now, lastProbeAt: now });
  console.warn(`[db] Database unreachable (${reason}): answering 503 until a probe succeeds.`);
}

export function markDatabaseUp(now = Date.now()): void {
  const current = state();
  if (!current.isDown) return;
  current.isDown = false;
  console.warn(`[db] Database reachable again after ${((now - current.downSince) / 1000).toFixed(1)} s.`);
}

export interface CheckOptions {
  now?: number;
  intervalMs?: number;
}

/**
 * True when the database is up: at once while it is believed up, else after a probe when the
 * last one is at least `intervalMs` old. Concurrent callers share one probe in flight; between
 * probes they get false without waiting.
 */
export function checkDatabaseAvailable(probe: () => Promise<boolean>, options: CheckOptions = {}): Promise<boolean> {
  const current = state();
  if (!current.isDown) return Promise.resolve(true);
  if (current.probe) return current.probe;
  const now = options.now ?? Date.now();
  if (now - current.lastProbeAt < (options.intervalMs ?? PROBE_INTERVAL_MS)) return Promise.resolve(false);

  current.lastProbeAt = now;
  current.probe = probe()
    .catch(() => false)
    .then((isUp) => {
      if (isUp) markDatabaseUp();
      return isUp;
    })
    .finally(() => {
      current.probe = null;
    });
  return current.probe;
}

/** For tests: forget any outage. */
export function resetDatabaseAvailability(): void {
  Object.assign(state(), { isDown: false, downSince: 0, lastProbeAt: 0, probe: null });
}
