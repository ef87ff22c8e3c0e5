// The audit log for admins, newest first.
import "server-only";
import { db } from "@/lib/db/client";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: number;
  createdAt: Date;
  user: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: unknown;
}

export async function listAuditLog(page: number): Promise<{ items: AuditRow[]; pageCount: number }> {
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, action: true, targetType: true, targetId: true, details: true, user: { select: { email: true } } },
    }),
    db.auditLog.count(),
  ]);
  return {
    items: rows.map(({ user, ...row }) => ({ ...row, user: user?.email ?? null })),
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
