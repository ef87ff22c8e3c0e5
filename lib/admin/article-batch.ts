// Corrections that touch many articles at once (an official merged, renamed, retitled): each
// affected article gets a new version and a revision, so the history shows the change and an
// editor's form opened before it gets a version conflict instead of writing the old names back.
import type { Prisma } from "@/lib/generated/prisma/client";
import { reindexArticles } from "@/lib/search/reindex";
import { loadStoredArticles } from "./article-store";

type Tx = Prisma.TransactionClient;

/** PostgreSQL takes at most 65,535 parameters per statement: long id lists go in slices. */
export const ID_CHUNK = 5_000;

export function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Takes the next version of each article before anything else changes; the UPDATE also
 * locks the rows, so a concurrent save waits and then fails its version check.
 */
export async function claimNextVersions(tx: Tx, articleIds: readonly number[]): Promise<void> {
  for (const ids of chunks(articleIds)) await tx.article.updateMany({ where: { id: { in: ids } }, data: { version: { increment: 1 } } });
}

/**
 * Writes each article's revision for the version claimed above, from its state now, and
 * rebuilds its search vector (people's names shape how the text is segmented).
 */
export async function recordRevisions(tx: Tx, articleIds: readonly number[], editorId: number): Promise<void> {
  for (const ids of chunks(articleIds, 500)) {
    const articles = await loadStoredArticles(tx, ids);
    await tx.articleRevision.createMany({
      data: articles.map((article) => ({ articleId: article.id, version: article.version, snapshot: article.snapshot as unknown as Prisma.InputJsonValue, author: String(editorId) })),
    });
    await reindexArticles(tx, ids);
  }
}
