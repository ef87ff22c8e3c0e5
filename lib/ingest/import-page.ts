// Stores one analysed page and its articles in a single transaction (I/O side of the ingest).
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reindexArticles } from "@/lib/search/reindex";
import { hashArticleRecord, sha256, toArticleRecord, type ArticleRecord } from "./article-record";
import type { AnalyzedArticle } from "./analyze-article";
import { replaceArticleEntities } from "./link-entities";
import type { UnassignedText } from "./types";

export type ImportOutcome = "created" | "updated" | "unchanged";

export interface ImportPageInput {
  fileName: string;
  /** YYYY-MM-DD */
  pageDate: string;
  /** The decoded page text, stored verbatim; spans index it. */
  text: string;
  articles: AnalyzedArticle[];
  unassigned: UnassignedText[];
}

/** Author recorded on revisions written by the importer. */
export const IMPORT_AUTHOR = "import";

type Tx = Prisma.TransactionClient;
type Placed = { position: number; article: AnalyzedArticle; record: ArticleRecord };

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

function articleData(record: ArticleRecord) {
  return {
    ...record,
    bylines: record.bylines as unknown as Prisma.InputJsonValue,
    date: toDate(record.date),
    contentHash: hashArticleRecord(record),
  };
}

function snapshotOf(record: ArticleRecord, status: string): Prisma.InputJsonValue {
  return { ...record, status } as unknown as Prisma.InputJsonValue;
}

/**
 * Prisma's default of 5 s is not enough on a busy machine: the first page of a run also loads the
 * segmenter's dictionary inside it, and an expired transaction fails the whole import (P2028).
 */
const IMPORT_TRANSACTION = { timeout: 60_000, maxWait: 15_000 };

/**
 * Creates the page, or updates it when its text changed, or does nothing when it did not.
 * Changed articles get a new version and a revision; articles an editor has revised since
 * the last import are left alone, so a re-import never overwrites a correction.
 */
export async function importPage(db: Database, input: ImportPageInput): Promise<ImportOutcome> {
  return db.$transaction((tx) => importPageInTransaction(tx, input), IMPORT_TRANSACTION);
}

/** importPage inside a transaction the caller owns (e.g. the admin import, which also sets statuses). */
export async function importPageInTransaction(tx: Tx, input: ImportPageInput): Promise<ImportOutcome> {
  const pageHash = sha256(input.text);
  const placed = input.articles.map((article, position) => ({ position, article, record: toArticleRecord(article) }));
  const unassigned = input.unassigned as unknown as Prisma.InputJsonValue;

  const existing = await tx.page.findUnique({
    where: { date_fileName: { date: toDate(input.pageDate), fileName: input.fileName } },
    select: { id: true, contentHash: true },
  });
  if (existing?.contentHash === pageHash) return "unchanged";

  if (!existing) {
    const page = await tx.page.create({
      data: { date: toDate(input.pageDate), fileName: input.fileName, rawText: input.text, contentHash: pageHash, unassigned },
      select: { id: true },
    });
    await reindexArticles(tx, await createArticles(tx, page.id, placed));
    return "created";
  }

  await tx.page.update({ where: { id: existing.id }, data: { rawText: input.text, contentHash: pageHash, unassigned } });
  await reindexArticles(tx, await updateArticles(tx, existing.id, placed));
  return "updated";
}

/** Inserts articles, their first revisions and their entities in a few statements; returns their ids. */
async function createArticles(tx: Tx, pageId: number, items: Placed[]): Promise<number[]> {
  if (items.length === 0) return [];
  const created = await tx.article.createManyAndReturn({
    data: items.map(({ position, record }) => ({ ...articleData(record), pageId, position })),
    select: { id: true, position: true },
  });
  const idByPosition = new Map(created.map((article) => [article.position, article.id]));
  const withIds = items.map((item) => ({ ...item, articleId: idByPosition.get(item.position) as number }));
  await tx.articleRevision.createMany({
    data: withIds.map(({ articleId, record }) => ({ articleId, version: 1, snapshot: snapshotOf(record, "published"), author: IMPORT_AUTHOR })),
  });
  await replaceArticleEntities(tx, withIds.map(entitiesOf));
  return created.map((article) => article.id);
}

function entitiesOf({ articleId, article }: Placed & { articleId: number }) {
  const reporters = new Set(article.reporters);
  return {
    articleId,
    officials: article.officials,
    bylines: article.bylines.filter((byline) => reporters.has(byline.name)),
    topics: article.topics,
  };
}

/** Applies the new parse to the page's articles; returns the ids of those created or changed. */
async function updateArticles(tx: Tx, pageId: number, items: Placed[]): Promise<number[]> {
  const current = await tx.article.findMany({
    where: { pageId },
    select: {
      id: true, position: true, contentHash: true, version: true, status: true,
      kind: true, kicker: true, title: true, subtitle: true, bylines: true, reporters: true, date: true, body: true, spanStart: true, spanEnd: true,
      revisions: { orderBy: { version: "desc" }, take: 1, select: { author: true } },
    },
  });
  const byPosition = new Map(current.map((article) => [article.position, article]));
  const added: Placed[] = [];
  const changed: (Placed & { articleId: number })[] = [];

  for (const item of items) {
    const article = byPosition.get(item.position);
    if (!article) {
      added.push(item);
      continue;
    }
    if (isEditedByEditor(article) || article.contentHash === hashArticleRecord(item.record)) continue;
    const version = article.version + 1;
    await tx.article.update({ where: { id: article.id }, data: { ...articleData(item.record), version } });
    await tx.articleRevision.create({
      data: { articleId: article.id, version, snapshot: snapshotOf(item.record, article.status), author: IMPORT_AUTHOR },
    });
    changed.push({ ...item, articleId: article.id });
  }
  await replaceArticleEntities(tx, changed.map(entitiesOf));
  const createdIds = await createArticles(tx, pageId, added);

  // Articles the new parse no longer finds are soft-deleted, never dropped.
  for (const article of current) {
    if (article.position < items.length || article.status === "deleted" || isEditedByEditor(article)) continue;
    const version = article.version + 1;
    await tx.article.update({ where: { id: article.id }, data: { status: "deleted", version } });
    await tx.articleRevision.create({
      data: { articleId: article.id, version, snapshot: snapshotOf(recordOfRow(article), "deleted"), author: IMPORT_AUTHOR },
    });
  }
  return [...changed.map((item) => item.articleId), ...createdIds];
}

/** The latest revision is an editor's: a re-import must not overwrite or delete it. */
function isEditedByEditor(article: { revisions: { author: string }[] }): boolean {
  const latest = article.revisions[0];
  return latest !== undefined && latest.author !== IMPORT_AUTHOR;
}

function recordOfRow(row: Omit<ArticleRecord, "date" | "bylines" | "spanStart" | "spanEnd"> & { date: Date; bylines: unknown; spanStart: number | null; spanEnd: number | null }): ArticleRecord {
  return {
    kind: row.kind, kicker: row.kicker, title: row.title, subtitle: row.subtitle,
    bylines: row.bylines as ArticleRecord["bylines"], reporters: row.reporters,
    date: row.date.toISOString().slice(0, 10), body: row.body,
    spanStart: row.spanStart ?? 0, spanEnd: row.spanEnd ?? 0,
  };
}
