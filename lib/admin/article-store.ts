// Reading an article's full state inside a transaction and committing a new version of it:
// the optimistic version check, the revision, the entities and the audit row, together.
import { hashArticleRecord } from "@/lib/ingest/article-record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changedFields, type ArticleSnapshot } from "@/lib/articles/revisions";
import { NotFoundError, VersionConflictError } from "@/lib/errors";
import { recordAudit, type AuditAction } from "./audit";
import { writeArticleEntities } from "./article-entities";
import { reindexArticles } from "@/lib/search/reindex";

type Tx = Prisma.TransactionClient;

export interface StoredArticle {
  id: number;
  version: number;
  position: number;
  snapshot: ArticleSnapshot & Required<Pick<ArticleSnapshot, "pageId" | "officials" | "topics">>;
  /** URL slugs of the people and topics linked now, for revalidating their pages. */
  slugs: AffectedSlugs;
}

export interface AffectedSlugs {
  officials: string[];
  reporters: string[];
  topics: string[];
}

const storedSelect = {
  id: true, version: true, position: true, pageId: true, kind: true, kicker: true, title: true, subtitle: true,
  bylines: true, reporters: true, date: true, body: true, status: true, spanStart: true, spanEnd: true,
  officials: { orderBy: { position: "asc" }, select: { titles: true, jurisdiction: true, actions: true, count: true, person: { select: { name: true, slug: true } } } },
  authors: { select: { person: { select: { slug: true } } } },
  topics: { orderBy: { score: "desc" }, select: { score: true, isManual: true, topic: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type StoredRow = Prisma.ArticleGetPayload<{ select: typeof storedSelect }>;

function toStoredArticle(row: StoredRow): StoredArticle {
  return {
    id: row.id,
    version: row.version,
    position: row.position,
    snapshot: {
      kind: row.kind, kicker: row.kicker, title: row.title, subtitle: row.subtitle,
      bylines: row.bylines as ArticleSnapshot["bylines"], reporters: row.reporters,
      date: row.date.toISOString().slice(0, 10), body: row.body, status: row.status,
      spanStart: row.spanStart, spanEnd: row.spanEnd, pageId: row.pageId,
      officials: row.officials.map(({ person, ...official }) => ({ name: person.name, ...official })),
      topics: row.topics.map(({ topic, ...rest }) => ({ slug: topic.slug, name: topic.name, ...rest })),
    },
    slugs: {
      officials: row.officials.map((official) => official.person.slug),
      reporters: row.authors.map((author) => author.person.slug),
      topics: row.topics.map((entry) => entry.topic.slug),
    },
  };
}

/** The article as it is now (locking nothing), or null. */
export async function loadStoredArticle(tx: Tx, id: number): Promise<StoredArticle | null> {
  const row = await tx.article.findUnique({ where: { id }, select: storedSelect });
  return row ? toStoredArticle(row) : null;
}

/** Several articles as they are now, in one read (missing ids are left out). */
export async function loadStoredArticles(tx: Tx, ids: readonly number[]): Promise<StoredArticle[]> {
  const rows = await tx.article.findMany({ where: { id: { in: [...ids] } }, orderBy: { id: "asc" }, select: storedSelect });
  return rows.map(toStoredArticle);
}

export async function loadStoredArticleOrThrow(tx: Tx, id: number): Promise<StoredArticle> {
  const article = await loadStoredArticle(tx, id);
  if (!article) throw new NotFoundError("article", id);
  return article;
}

/** Conflict unless the article is still at the version the editor started from. */
export function assertVersion(article: StoredArticle, expectedVersion: number): void {
  if (article.version !== expectedVersion) throw new VersionConflictError({ expectedVersion, current: article });
}

/** Articles linked to a page take the next free position on it; others keep theirs. */
export async function positionFor(tx: Tx, article: Pick<StoredArticle, "position" | "snapshot"> | null, pageId: number | null): Promise<number> {
  if (article && article.snapshot.pageId === pageId) return article.position;
  if (pageId === null) return 0;
  const page = await tx.page.findUnique({ where: { id: pageId }, select: { id: true } });
  if (!page) throw new NotFoundError("page", pageId);
  const last = await tx.article.aggregate({ where: { pageId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export function articleColumns(snapshot: ArticleSnapshot) {
  const record = {
    kind: snapshot.kind, kicker: snapshot.kicker, title: snapshot.title, subtitle: snapshot.subtitle,
    bylines: snapshot.bylines, reporters: snapshot.reporters, date: snapshot.date, body: snapshot.body,
    spanStart: snapshot.spanStart ?? 0, spanEnd: snapshot.spanEnd ?? 0,
  };
  return {
    kind: snapshot.kind, kicker: snapshot.kicker, title: snapshot.title, subtitle: snapshot.subtitle,
    bylines: snapshot.bylines as unknown as Prisma.InputJsonValue, reporters: snapshot.reporters,
    date: new Date(`${snapshot.date}T00:00:00Z`), body: snapshot.body, status: snapshot.status,
    pageId: snapshot.pageId ?? null, contentHash: hashArticleRecord(record),
  };
}

export interface CommitOptions {
  before: StoredArticle;
  next: StoredArticle["snapshot"];
  position: number;
  editorId: number;
  action: AuditAction;
  /** False when only the status changes: the officials and topics stay as they are. */
  hasEntityChanges: boolean;
  details?: Prisma.InputJsonObject;
}

/**
 * Writes version `before.version + 1`: an UPDATE … WHERE id AND version, then the
 * revision, entities and audit row. Zero rows updated means someone else saved first.
 */
export async function commitArticle(tx: Tx, options: CommitOptions): Promise<{ version: number; slugs: AffectedSlugs }> {
  const { before, next, editorId } = options;
  const version = before.version + 1;
  const { count } = await tx.article.updateMany({
    where: { id: before.id, version: before.version },
    data: { ...articleColumns(next), position: options.position, version },
  });
  if (count === 0) {
    const current = await loadStoredArticleOrThrow(tx, before.id);
    throw new VersionConflictError({ expectedVersion: before.version, current });
  }
  if (options.hasEntityChanges) {
    await writeArticleEntities(tx, { articleId: before.id, officials: next.officials, bylines: next.bylines, reporters: next.reporters, topics: next.topics });
  }
  await writeRevisionAndAudit(tx, { articleId: before.id, version, snapshot: next, editorId, action: options.action, details: {
    ...options.details,
    fields: changedFields(before.snapshot, next).map((change) => change.field),
  } });
  const after = await loadStoredArticleOrThrow(tx, before.id);
  return { version, slugs: mergeSlugs(before.slugs, after.slugs) };
}

export interface RevisionAndAudit {
  articleId: number;
  version: number;
  snapshot: ArticleSnapshot;
  editorId: number;
  action: AuditAction;
  details?: Prisma.InputJsonObject;
}

export async function writeRevisionAndAudit(tx: Tx, entry: RevisionAndAudit): Promise<void> {
  await tx.articleRevision.create({
    data: { articleId: entry.articleId, version: entry.version, snapshot: entry.snapshot as unknown as Prisma.InputJsonValue, author: String(entry.editorId) },
  });
  await recordAudit(tx, { userId: entry.editorId, action: entry.action, targetType: "article", targetId: entry.articleId, details: { version: entry.version, ...entry.details } });
  // The search index is written in the same transaction, so search never shows a stale text.
  await reindexArticles(tx, [entry.articleId]);
}

export function mergeSlugs(a: AffectedSlugs, b: AffectedSlugs): AffectedSlugs {
  const merge = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return { officials: merge(a.officials, b.officials), reporters: merge(a.reporters, b.reporters), topics: merge(a.topics, b.topics) };
}
