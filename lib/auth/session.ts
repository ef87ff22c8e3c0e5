// Server-side sessions: created at sign-in, checked on every admin request, deleted at
// sign-out, on expiry and when a user is disabled.
import "server-only";
import { db } from "@/lib/db/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { needsTouch, newSessionTimes, sessionState } from "./session-policy";
import { generateSessionToken, hashSessionToken, isWellFormedToken } from "./token";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

export interface ValidSession {
  sessionId: string;
  user: SessionUser;
}

export interface CreateSessionOptions {
  userId: number;
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}

/** A new session (never a reused one: the token rotates at every sign-in). Returns the cookie token. */
export async function createSession({ userId, ip = null, userAgent = null, now = new Date() }: CreateSessionOptions): Promise<string> {
  const token = generateSessionToken();
  await db.$transaction([
    // Sessions that ran out are of no use to anyone; drop them while we are here.
    db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    db.session.create({ data: { id: hashSessionToken(token), userId, ip, userAgent, ...newSessionTimes(now) } }),
  ]);
  return token;
}

/** The session's user, or null when the token is unknown, timed out or the user disabled. */
export async function validateSessionToken(token: string, now = new Date()): Promise<ValidSession | null> {
  if (!isWellFormedToken(token)) return null;
  const id = hashSessionToken(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isDisabled: true } },
    },
  });
  if (!session) return null;
  if (sessionState(session, now) !== "active" || session.user.isDisabled) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (needsTouch(session.lastSeenAt, now)) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  const { id: userId, email, name, role } = session.user;
  return { sessionId: id, user: { id: userId, email, name, role } };
}

export async function deleteSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

export async function deleteUserSessions(userId: number): Promise<number> {
  return (await db.session.deleteMany({ where: { userId } })).count;
}
