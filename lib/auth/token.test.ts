import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSessionToken, hashSessionToken, isWellFormedToken, SESSION_COOKIE_NAME, sessionCookieOptions } from "./token";

describe("session tokens", () => {
  it("are 32 random bytes in base64url (43 characters, no padding)", () => {
    const token = generateSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isWellFormedToken(token)).toBe(true);
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken));
    expect(tokens.size).toBe(1000);
  });

  it("are stored only as their sha256", () => {
    const token = generateSessionToken();
    const stored = hashSessionToken(token);
    expect(stored).toBe(createHash("sha256").update(token).digest("hex"));
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(token);
  });

  it("rejects malformed tokens before touching the database", () => {
    for (const bad of ["", "short", `${generateSessionToken()}x`, "a".repeat(42) + "=", "../../etc/passwd".padEnd(43, "a")]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Path=/ and Secure in production", () => {
    expect(sessionCookieOptions(true)).toEqual({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
  });

  it("drops only Secure outside production (plain-HTTP development server)", () => {
    expect(sessionCookieOptions(false)).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
  });

  it("is a browser-session cookie: no Expires or Max-Age, the server enforces the timeouts", () => {
    expect(sessionCookieOptions(true)).not.toHaveProperty("expires");
    expect(sessionCookieOptions(true)).not.toHaveProperty("maxAge");
    expect(SESSION_COOKIE_NAME).toMatch(/^[a-z_]+$/);
  });
});
