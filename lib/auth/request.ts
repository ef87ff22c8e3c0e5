// The request boundary of auth: the session cookie and the caller's address. Everything
// else in lib/auth is plain code over the database, so tests mock only this module.
import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAME, sessionCookieOptions } from "./token";

export async function getSessionToken(): Promise<string | null> {
  return (await cookies()).get(SESSION_COOKIE_NAME)?.value ?? null;
}

/** Only in server actions and route handlers: pages cannot set cookies. */
export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE_NAME, token, sessionCookieOptions(env.NODE_ENV === "production"));
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE_NAME, ...sessionCookieOptions(env.NODE_ENV === "production") });
}

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

/**
 * The client's address for rate limiting. `next start` fills X-Forwarded-For with the socket
 * address only when the header is absent; a reverse proxy appends the address it saw. The
 * last entry is therefore the one a client cannot choose when a proxy is in front.
 */
export async function getRequestMeta(): Promise<RequestMeta> {
  const all = await headers();
  const forwarded = all.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  return {
    ip: (forwarded.at(-1) ?? all.get("x-real-ip") ?? "unknown").slice(0, 64),
    userAgent: all.get("user-agent")?.slice(0, 300) ?? null,
  };
}
