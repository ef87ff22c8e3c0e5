// Reads of an article's revisions for the history page and the conflict view.
import "server-only";
import { parseSnapshot, type ArticleSnapshot } from "@/lib/articles/revisions";
import { db } from "@/lib/db/client";
import { IMPORT_AUTHOR } from "@/lib/ingest/import-page";

export interface RevisionView {
  version: number;
  createdAt: Date;
  /** Who wrote it, for display: a user's name or e-mail, or 导入程序. */
  author: string;
  /** Null when the stored snapshot cannot be read. */
  snapshot: ArticleSnapshot | null;
}

export async function listRevisions(articleId: number): Promise<RevisionView[]> {
  const revisions = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, author: true, snapshot: true },
  });
  const userIds = [...new Set(revisions.map((revision) => Number(revision.author)).filter(Number.isInteger))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } });
  const names = new Map(users.map((user) => [String(user.id), user.name || user.email]));
  return revisions.map((revision) => ({
    version: revision.version,
    createdAt: revision.createdAt,
    author: revision.author === IMPORT_AUTHOR ? "导入程序" : (names.get(revision.author) ?? `用户 ${revision.author}`),
    snapshot: parseSnapshot(revision.snapshot),
  }));
}

export async function getRevisionSnapshot(articleId: number, version: number): Promise<ArticleSnapshot | null> {
  const revision = await db.articleRevision.findUnique({
    where: { articleId_version: { articleId, version } },
    select: { snapshot: true },
  });
  return revision ? parseSnapshot(revision.snapshot) : null;
}
