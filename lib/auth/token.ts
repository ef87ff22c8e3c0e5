// Session tokens and the cookie that carries them (OWASP Session Management Cheat Sheet).
// The browser holds a random token; the database holds only its sha256, so a leaked
// sessions table cannot be replayed.
import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE_NAME = "yk_session";

/** 32 random bytes (256 bits), base64url: 43 characters. */
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** The Session.id stored for a token: sha256, hex. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
}

/**
 * No Expires/Max-Age: a browser-session cookie (OWASP prefers non-persistent session
 * cookies); the server enforces the idle and absolute timeouts. Secure needs HTTPS, so it
 * is left off only outside production.
 */
export function sessionCookieOptions(isProduction: boolean): SessionCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: isProduction, path: "/" };
}
