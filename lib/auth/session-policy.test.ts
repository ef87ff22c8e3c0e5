import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, needsTouch, newSessionTimes, sessionState, TOUCH_INTERVAL_MS } from "./session-policy";

const t0 = new Date("2024-03-01T08:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);

describe("session timeouts", () => {
  it("uses a 2-hour idle and a 12-hour absolute timeout", () => {
    expect(IDLE_TIMEOUT_MS).toBe(2 * 3600_000);
    expect(ABSOLUTE_TIMEOUT_MS).toBe(12 * 3600_000);
    expect(newSessionTimes(t0)).toEqual({ createdAt: t0, lastSeenAt: t0, expiresAt: after(ABSOLUTE_TIMEOUT_MS) });
  });

  it("keeps a session used within the idle timeout", () => {
    const session = newSessionTimes(t0);
    expect(sessionState(session, after(IDLE_TIMEOUT_MS - 1))).toBe("active");
  });

  it("ends a session idle for 2 hours", () => {
    const session = newSessionTimes(t0);
    expect(sessionState(session, after(IDLE_TIMEOUT_MS))).toBe("idle");
  });

  it("ends a session at its absolute expiry even when it was just used", () => {
    const session = { lastSeenAt: after(ABSOLUTE_TIMEOUT_MS - 60_000), expiresAt: after(ABSOLUTE_TIMEOUT_MS) };
    expect(sessionState(session, after(ABSOLUTE_TIMEOUT_MS - 1))).toBe("active");
    expect(sessionState(session, after(ABSOLUTE_TIMEOUT_MS))).toBe("expired");
  });

  it("records activity at most once a minute", () => {
    expect(needsTouch(t0, after(TOUCH_INTERVAL_MS - 1))).toBe(false);
    expect(needsTouch(t0, after(TOUCH_INTERVAL_MS))).toBe(true);
  });
});
