import { describe, expect, it } from "vitest";
import { accountCountFrom, isRateLimited, MAX_FAILURES, normalizeEmail, WINDOW_MS, windowStart } from "./rate-limit";

const now = new Date("2024-03-01T08:00:00Z");

describe("sign-in rate limit", () => {
  it("allows up to 4 failures and refuses from the 5th, per account or per IP", () => {
    expect(MAX_FAILURES).toBe(5);
    expect(isRateLimited({ account: 4, ip: 4 })).toBe(false);
    expect(isRateLimited({ account: 5, ip: 0 })).toBe(true);
    expect(isRateLimited({ account: 0, ip: 5 })).toBe(true);
  });

  it("counts within a 15-minute window", () => {
    expect(WINDOW_MS).toBe(15 * 60_000);
    expect(windowStart(now)).toEqual(new Date("2024-03-01T07:45:00Z"));
  });

  it("restarts an account's count at its last success inside the window", () => {
    const success = new Date("2024-03-01T07:55:00Z");
    expect(accountCountFrom(now, success)).toEqual(success);
    expect(accountCountFrom(now, new Date("2024-03-01T07:00:00Z"))).toEqual(windowStart(now));
    expect(accountCountFrom(now, null)).toEqual(windowStart(now));
  });

  it("treats e-mail addresses case-insensitively, ignoring surrounding spaces", () => {
    expect(normalizeEmail("  Editor@Example.COM ")).toBe("editor@example.com");
  });
});
