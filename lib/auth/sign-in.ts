// Checking an e-mail and password: throttled per account and per IP address, with one
// answer and about one argon2 verification's time whether or not the account exists.
import "server-only";
import { recordAudit } from "@/lib/admin/audit";
import { db } from "@/lib/db/client";
import { verifyDummyPassword, verifyPassword, MAX_PASSWORD_LENGTH } from "./password";
import { accountCountFrom, isRateLimited, normalizeEmail, windowStart, type FailureCounts } from "./rate-limit";
import { createSession, deleteSession } from "./session";
import { hashSessionToken } from "./token";

export type SignInResult = { ok: true; token: string; userId: number } | { ok: false; reason: "invalid" | "rate_limited" };

export interface SignInOptions {
  email: string;
  password: string;
  ip: string;
  userAgent?: string | null;
  /** The session cookie the browser already had: that session ends when a new one starts. */
  previousToken?: string | null;
  now?: Date;
}

/** Sign-in attempts are kept this long, for the rate limit and for looking back at attacks. */
const ATTEMPT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export async function countRecentFailures(email: string, ip: string, now: Date): Promise<FailureCounts> {
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gt: windowStart(now) } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [account, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gt: accountCountFrom(now, lastSuccess?.createdAt ?? null) } } }),
    db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gt: windowStart(now) } } }),
  ]);
  return { account, ip: byIp };
}

export async function signIn({ email: rawEmail, password, ip, userAgent = null, previousToken = null, now = new Date() }: SignInOptions): Promise<SignInResult> {
  const email = normalizeEmail(rawEmail).slice(0, 254);
  if (isRateLimited(await countRecentFailures(email, ip, now))) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, isDisabled: true } });
  const candidate = password.slice(0, MAX_PASSWORD_LENGTH + 1);
  let isValid = false;
  if (user) isValid = await verifyPassword(user.passwordHash, candidate);
  else await verifyDummyPassword(candidate);
  // A disabled account gets the same answer as a wrong password: nothing to learn from it.
  const succeeded = user !== null && isValid && !user.isDisabled;

  await db.loginAttempt.create({ data: { email, ip, succeeded, createdAt: now } });
  if (!succeeded) return { ok: false, reason: "invalid" };

  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - ATTEMPT_RETENTION_MS) } } });
  if (previousToken) await deleteSession(hashSessionToken(previousToken));
  const token = await createSession({ userId: user.id, ip, userAgent, now });
  await recordAudit(db, { userId: user.id, action: "auth.sign_in", targetType: "user", targetId: user.id, details: { ip } });
  return { ok: true, token, userId: user.id };
}

/** Ends one session (sign-out); the cookie is cleared by the caller. */
export async function signOut({ sessionId, userId }: { sessionId: string; userId: number }): Promise<void> {
  await deleteSession(sessionId);
  await recordAudit(db, { userId, action: "auth.sign_out", targetType: "user", targetId: userId });
}

/** The same answer for an unknown e-mail, a wrong password and a disabled account. */
export const INVALID_CREDENTIALS_MESSAGE = "错误的邮箱或密码";
export const RATE_LIMITED_MESSAGE = "失败次数过多，请 15 分钟后再试";
