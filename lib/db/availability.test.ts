import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkDatabaseAvailable, isDatabaseMarkedDown, markDatabaseDown, markDatabaseUp, resetDatabaseAvailability } from "./availability";

beforeEach(() => {
  resetDatabaseAvailability();
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("database availability", () => {
  it("never probes while the database is believed up", async () => {
    const probe = vi.fn(async () => true);
    expect(await checkDatabaseAvailable(probe)).toBe(true);
    expect(probe).not.toHaveBeenCalled();
  });

  it("after a failure, answers down without probing until the interval has passed", async () => {
    markDatabaseDown("ECONNREFUSED", 10_000);
    const probe = vi.fn(async () => false);
    expect(await checkDatabaseAvailable(probe, { now: 10_500, intervalMs: 1_000 })).toBe(false);
    expect(probe).not.toHaveBeenCalled();
    expect(await checkDatabaseAvailable(probe, { now: 11_000, intervalMs: 1_000 })).toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(await checkDatabaseAvailable(probe, { now: 11_999, intervalMs: 1_000 })).toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it("marks the database up again when a probe succeeds", async () => {
    markDatabaseDown("57P01", 0);
    expect(await checkDatabaseAvailable(async () => true, { now: 1_000 })).toBe(true);
    expect(isDatabaseMarkedDown()).toBe(false);
  });

  it("lets concurrent callers share one probe in flight", async () => {
    markDatabaseDown("ECONNREFUSED", 0);
    let finish: (isUp: boolean) => void = () => {};
    const probe = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const first = checkDatabaseAvailable(probe, { now: 5_000 });
    const second = checkDatabaseAvailable(probe, { now: 5_001 });
    finish(true);
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it("treats a probe that throws as a failed probe", async () => {
    markDatabaseDown("ECONNREFUSED", 0);
    expect(await checkDatabaseAvailable(async () => Promise.reject(new Error("boom")), { now: 2_000 })).toBe(false);
    expect(isDatabaseMarkedDown()).toBe(true);
  });

  it("keeps the first outage's start when more failures arrive, and logs each change once", () => {
    markDatabaseDown("first", 0);
    markDatabaseDown("second", 500);
    markDatabaseUp(3_000);
    markDatabaseUp(4_000);
    expect(vi.mocked(console.warn).mock.calls.map(([line]) => line)).toEqual([
      "[db] Database unreachable (first): answering 503 until a probe succeeds.",
      "[db] Database reachable again after 3.0 s.",
    ]);
  });
});
