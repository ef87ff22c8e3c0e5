// Setting a new password for an account: after a restore without hashes, or when someone
// forgot theirs. Their sessions end, so the old password's sign-ins do not outlive it.
import { recordAudit } from "@/lib/admin/audit";
import type { Database } from "@/lib/db/create-client";
import { NotFoundError } from "@/lib/errors";
import { hashPassword } from "./password";

export interface ResetPasswordOptions {
  email: string;
  password: string;
  /** The admin doing it; null for the command line. */
  actorId: number | null;
}

export async function resetUserPassword(db: Database, { email, password, actorId }: ResetPasswordOptions): Promise<{ id: number; revokedSessions: number }> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new NotFoundError("user", email);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { userId: actorId, action: "user.password_reset", targetType: "user", targetId: user.id, details: { revokedSessions: count } });
    return { id: user.id, revokedSessions: count };
  });
}
