// Audit log entries: who did what to which record. Written in the same transaction as the
// change itself, so the log never claims a change that was rolled back.
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction =
  | "article.create"
  | "article.update"
  | "article.publish"
  | "article.unpublish"
  | "article.delete"
  | "article.undelete"
  | "article.revert"
  | "page.import"
  | "official.rename"
  | "official.merge"
  | "official.retitle"
  | "official.mention_titles"
  | "official.to_journalist"
  | "topic.update"
  | "topic.reassign"
  | "user.create"
  | "user.disable"
  | "user.enable"
  | "user.password_reset"
  | "auth.sign_in"
  | "auth.sign_out";

export interface AuditEntry {
  userId: number | null;
  action: AuditAction;
  targetType?: "article" | "page" | "user" | "official" | "topic";
  targetId?: string | number;
  details?: Prisma.InputJsonObject;
}

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

export async function recordAudit(tx: Writer, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      details: entry.details ?? {},
    },
  });
}

/** Chinese labels for the audit page. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "article.create": "新建文章",
  "article.update": "修改文章",
  "article.publish": "发布文章",
  "article.unpublish": "撤回发布",
  "article.delete": "删除文章",
  "article.undelete": "恢复已删除文章",
  "article.revert": "恢复历史版本",
  "page.import": "导入版面",
  "official.rename": "领导改名",
  "official.merge": "合并领导",
  "official.retitle": "批量修改职务",
  "official.mention_titles": "修改文章中的职务",
  "official.to_journalist": "领导改为记者",
  "topic.update": "修改主题规则",
  "topic.reassign": "按规则重新分配主题",
  "user.create": "新建账号",
  "user.disable": "停用账号",
  "user.enable": "启用账号",
  "user.password_reset": "重设密码",
  "auth.sign_in": "登录",
  "auth.sign_out": "退出登录",
};
