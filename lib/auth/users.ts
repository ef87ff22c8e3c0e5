// Accounts: created by `npm run user:create` or by an admin; disabled, never deleted (the
// audit log points at them). Takes the database as an argument: the CLI has no Next runtime.
import type { Database } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/admin/audit";
import { DuplicateError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";
import type { NewUserInput } from "./schema";

export interface CreateUserOptions {
  input: NewUserInput;
  /** The admin creating the account; null for the command line. */
  actorId: number | null;
}

export async function createUser(db: Database, { input, actorId }: CreateUserOptions): Promise<{ id: number }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true },
      });
      await recordAudit(tx, { userId: actorId, action: "user.create", targetType: "user", targetId: user.id, details: { email: input.email, role: input.role } });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DuplicateError(`a user with the e-mail ${input.email} already exists`);
    }
    throw error;
  }
}

export interface SetUserDisabledOptions {
  userId: number;
  isDisabled: boolean;
  actorId: number;
}

/** Disabling also deletes the user's sessions, so it takes effect at their next request. */
export async function setUserDisabled(db: Database, { userId, isDisabled, actorId }: SetUserDisabledOptions): Promise<void> {
  if (userId === actorId) throw new ForbiddenError("admins cannot disable themselves");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { isDisabled } });
    if (count === 0) throw new NotFoundError("user", userId);
    const revoked = isDisabled ? (await tx.session.deleteMany({ where: { userId } })).count : 0;
    await recordAudit(tx, {
      userId: actorId,
      action: isDisabled ? "user.disable" : "user.enable",
      targetType: "user",
      targetId: userId,
      details: { revokedSessions: revoked },
    });
  });
}

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: "admin" | "editor";
  isDisabled: boolean;
  createdAt: Date;
  activeSessions: number;
}

export async function listUsers(db: Database, now = new Date()): Promise<UserSummary[]> {
  const users = await db.user.findMany({
    orderBy: [{ isDisabled: "asc" }, { email: "asc" }],
    select: {
      id: true, email: true, name: true, role: true, isDisabled: true, createdAt: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
  });
  return users.map(({ _count, ...user }) => ({ ...user, activeSessions: _count.sessions }));
}
