// Sign-in throttling (pure): at most MAX_FAILURES failed attempts per account and per IP
// address within WINDOW_MS. The counts come from the login_attempts table.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export interface FailureCounts {
  /** Failures for this e-mail address since the window start or its last success. */
  account: number;
  /** Failures from this IP address within the window, whatever the address. */
  ip: number;
}

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - WINDOW_MS);
}

/** An account's count restarts at its last successful sign-in within the window. */
export function accountCountFrom(now: Date, lastSuccessAt: Date | null): Date {
  const start = windowStart(now);
  return lastSuccessAt !== null && lastSuccessAt > start ? lastSuccessAt : start;
}

export function isRateLimited(counts: FailureCounts): boolean {
  return counts.account >= MAX_FAILURES || counts.ip >= MAX_FAILURES;
}

/** Addresses are compared case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
