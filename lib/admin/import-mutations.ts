// Storing a page the editor pasted and checked: importPage plus the editor's choice of
// which articles go out now, in one transaction.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IMPORT_AUTHOR, importPageInTransaction, type ImportOutcome } from "@/lib/ingest/import-page";
import type { Span } from "@/lib/ingest/types";
import { commitArticle, loadStoredArticleOrThrow } from "./article-store";
import { recordAudit } from "./audit";
import type { EditedPage } from "./import-preview";

type Tx = Prisma.TransactionClient;

export interface ImportEditedPageOptions {
  fileName: string;
  date: string;
  text: string;
  page: EditedPage;
  unassigned: Span[];
  editorId: number;
}

export interface ImportedPage {
  outcome: ImportOutcome;
  pageId: number;
  articles: { id: number; title: string | null; status: string }[];
}

export async function importEditedPage(options: ImportEditedPageOptions): Promise<ImportedPage> {
  const { fileName, date, text, page, editorId } = options;
  const pageKey = { date: new Date(`${date}T00:00:00Z`), fileName };
  return db.$transaction(
    async (tx) => {
      const before = await tx.article.findMany({ where: { page: pageKey }, select: { id: true } });
      const existing = new Set(before.map((article) => article.id));
      const unassigned = options.unassigned.map((span) => ({ text: text.slice(span[0], span[1]), span }));
      const outcome = await importPageInTransaction(tx, { fileName, pageDate: date, text, articles: page.articles, unassigned });
      const { id: pageId } = await tx.page.findUniqueOrThrow({ where: { date_fileName: pageKey }, select: { id: true } });

      if (outcome !== "unchanged") {
        const rows = await tx.article.findMany({
          where: { pageId, position: { lt: page.isPublished.length } },
          select: { id: true, position: true, status: true, revisions: { orderBy: { version: "desc" }, take: 1, select: { author: true } } },
        });
        for (const row of rows) {
          const wanted = page.isPublished[row.position] ? "published" : "draft";
          if (row.status === wanted || row.status === "deleted") continue;
          if (!existing.has(row.id)) await markNewArticleDraft(tx, row.id);
          else if (row.revisions[0]?.author === IMPORT_AUTHOR) await changeImportedStatus(tx, row.id, wanted, editorId);
        }
      }
      const articles = await tx.article.findMany({ where: { pageId }, orderBy: { position: "asc" }, select: { id: true, title: true, status: true } });
      await recordAudit(tx, {
        userId: editorId,
        action: "page.import",
        targetType: "page",
        targetId: pageId,
        details: { fileName, date, outcome, published: articles.filter((a) => a.status === "published").length, drafts: articles.filter((a) => a.status === "draft").length },
      });
      return { outcome, pageId, articles };
    },
    { timeout: 60_000 },
  );
}

/** An article created by this very import: it is simply born a draft (version 1 says so too). */
async function markNewArticleDraft(tx: Tx, id: number): Promise<void> {
  await tx.article.update({ where: { id }, data: { status: "draft" } });
  const first = await tx.articleRevision.findUniqueOrThrow({ where: { articleId_version: { articleId: id, version: 1 } }, select: { snapshot: true } });
  await tx.articleRevision.update({
    where: { articleId_version: { articleId: id, version: 1 } },
    data: { snapshot: { ...(first.snapshot as Prisma.JsonObject), status: "draft" } },
  });
}

/** An article an earlier import created: the editor's choice is a new version by the editor. */
async function changeImportedStatus(tx: Tx, id: number, status: "published" | "draft", editorId: number): Promise<void> {
  const before = await loadStoredArticleOrThrow(tx, id);
  await commitArticle(tx, {
    before,
    next: { ...before.snapshot, status },
    position: before.position,
    editorId,
    action: status === "published" ? "article.publish" : "article.unpublish",
    hasEntityChanges: false,
  });
}
