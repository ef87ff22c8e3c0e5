// When a session ends (pure): idle timeout against lastSeenAt, absolute timeout at expiresAt.

export const IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reading a page rarely writes. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionState = "active" | "idle" | "expired";

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

export function sessionState(session: SessionTimes, now: Date): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return "idle";
  return "active";
}

export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}

export function newSessionTimes(now: Date): SessionTimes & { createdAt: Date } {
  return { createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS) };
}
