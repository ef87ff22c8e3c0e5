// Editors' changes to articles. Each one is a single transaction that writes the article,
// a revision with the full snapshot and an audit row; updates check the version the editor
// started from. The actor is an argument, so tests call these without a request.
import "server-only";
import { db } from "@/lib/db/client";
import { bylinesFor, resolveOfficials, resolveTopics, writeArticleEntities } from "@/lib/admin/article-entities";
import {
  articleColumns,
  assertVersion,
  commitArticle,
  loadStoredArticleOrThrow,
  positionFor,
  writeRevisionAndAudit,
  type AffectedSlugs,
  type StoredArticle,
} from "@/lib/admin/article-store";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { parseSnapshot } from "./revisions";
import type { ArticleInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** Scoring topics, rewriting entities and reindexing run inside: more than Prisma's default 5 s on a cold start. */
const TRANSACTION_OPTIONS = { timeout: 20_000, maxWait: 10_000 };

export interface SaveResult {
  id: number;
  version: number;
  /** Slugs of the people and topics linked before or after, for revalidating their pages. */
  slugs: AffectedSlugs;
}

type Snapshot = StoredArticle["snapshot"];

/**
 * The editor's input as a full snapshot: bylines, spans and status carried over from `base`;
 * `previous` (an update) keeps the stored officials' titles where the text gives no new ones.
 */
async function snapshotFromInput(tx: Tx, input: ArticleInput, base: Pick<Snapshot, "bylines" | "reporters" | "status" | "spanStart" | "spanEnd">, previous?: Snapshot): Promise<Snapshot> {
  const text = { kicker: input.kicker, title: input.title, subtitle: input.subtitle, body: input.body };
  const previousMentions = previous && { text: { kicker: previous.kicker, title: previous.title, subtitle: previous.subtitle, body: previous.body }, officials: previous.officials };
  return {
    kind: input.kind, kicker: input.kicker, title: input.title, subtitle: input.subtitle,
    bylines: bylinesFor(base.bylines, base.reporters, input.reporters), reporters: input.reporters,
    date: input.date, body: input.body, status: base.status, spanStart: base.spanStart, spanEnd: base.spanEnd,
    pageId: input.pageId, officials: resolveOfficials(input.officials, text, previousMentions), topics: await resolveTopics(tx, input.topics, text),
  };
}

export interface CreateArticleOptions {
  input: ArticleInput;
  editorId: number;
  isPublished: boolean;
}

export async function createArticle({ input, editorId, isPublished }: CreateArticleOptions): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const status: ArticleStatus = isPublished ? "published" : "draft";
    const snapshot = await snapshotFromInput(tx, input, { bylines: [], reporters: [], status, spanStart: null, spanEnd: null });
    const position = await positionFor(tx, null, input.pageId);
    const { id } = await tx.article.create({ data: { ...articleColumns(snapshot), position, version: 1 }, select: { id: true } });
    await writeArticleEntities(tx, { articleId: id, officials: snapshot.officials, bylines: snapshot.bylines, reporters: snapshot.reporters, topics: snapshot.topics });
    await writeRevisionAndAudit(tx, { articleId: id, version: 1, snapshot, editorId, action: "article.create", details: { status } });
    const created = await loadStoredArticleOrThrow(tx, id);
    return { id, version: 1, slugs: created.slugs };
  }, TRANSACTION_OPTIONS);
}

export interface UpdateArticleOptions {
  id: number;
  input: ArticleInput;
  expectedVersion: number;
  editorId: number;
  /** Publish or withdraw in the same save (「保存并发布」); by default the status stays. */
  nextStatus?: "published" | "draft";
}

export async function updateArticle({ id, input, expectedVersion, editorId, nextStatus }: UpdateArticleOptions): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const before = await loadStoredArticleOrThrow(tx, id);
    assertVersion(before, expectedVersion);
    const status = nextStatus ?? before.snapshot.status;
    if (status !== before.snapshot.status && before.snapshot.status === "deleted") {
      throw new InvalidStateError("a deleted article must be restored before it is published or withdrawn");
    }
    const next = await snapshotFromInput(tx, input, { ...before.snapshot, status }, before.snapshot);
    const position = await positionFor(tx, before, input.pageId);
    const action = status === before.snapshot.status ? "article.update" : status === "published" ? "article.publish" : "article.unpublish";
    const { version, slugs } = await commitArticle(tx, { before, next, position, editorId, action, hasEntityChanges: true });
    return { id, version, slugs };
  }, TRANSACTION_OPTIONS);
}

export type StatusChange = "publish" | "unpublish" | "delete" | "undelete";

const STATUS_CHANGES: Record<StatusChange, { from: ArticleStatus[]; to: ArticleStatus; action: "article.publish" | "article.unpublish" | "article.delete" | "article.undelete" }> = {
  publish: { from: ["draft"], to: "published", action: "article.publish" },
  unpublish: { from: ["published"], to: "draft", action: "article.unpublish" },
  delete: { from: ["draft", "published"], to: "deleted", action: "article.delete" },
  // A restored article comes back as a draft: publishing it again is a separate decision.
  undelete: { from: ["deleted"], to: "draft", action: "article.undelete" },
};

export interface ChangeStatusOptions {
  id: number;
  change: StatusChange;
  expectedVersion: number;
  editorId: number;
}

export async function changeArticleStatus({ id, change, expectedVersion, editorId }: ChangeStatusOptions): Promise<SaveResult> {
  const rule = STATUS_CHANGES[change];
  return db.$transaction(async (tx) => {
    const before = await loadStoredArticleOrThrow(tx, id);
    assertVersion(before, expectedVersion);
    if (!rule.from.includes(before.snapshot.status)) throw new InvalidStateError(`cannot ${change} an article that is ${before.snapshot.status}`);
    const next = { ...before.snapshot, status: rule.to };
    const { version, slugs } = await commitArticle(tx, { before, next, position: before.position, editorId, action: rule.action, hasEntityChanges: false });
    return { id, version, slugs };
  }, TRANSACTION_OPTIONS);
}

export interface RevertArticleOptions {
  id: number;
  /** The revision whose content comes back. */
  toVersion: number;
  expectedVersion: number;
  editorId: number;
}

/**
 * Brings back an earlier revision's content as a new version (history is never rewritten).
 * The status stays as it is; officials and topics come back when the revision recorded them.
 */
export async function revertArticle({ id, toVersion, expectedVersion, editorId }: RevertArticleOptions): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const before = await loadStoredArticleOrThrow(tx, id);
    assertVersion(before, expectedVersion);
    const revision = await tx.articleRevision.findUnique({ where: { articleId_version: { articleId: id, version: toVersion } }, select: { snapshot: true } });
    const old = revision ? parseSnapshot(revision.snapshot) : null;
    if (!old) throw new NotFoundError("revision", `${id}@${toVersion}`);
    const next = {
      ...old,
      status: before.snapshot.status,
      pageId: old.pageId === undefined ? before.snapshot.pageId : old.pageId,
      officials: old.officials ?? before.snapshot.officials,
      topics: old.topics ?? before.snapshot.topics,
    };
    const position = await positionFor(tx, before, next.pageId);
    const { version, slugs } = await commitArticle(tx, { before, next, position, editorId, action: "article.revert", hasEntityChanges: true, details: { fromVersion: toVersion } });
    return { id, version, slugs };
  }, TRANSACTION_OPTIONS);
}
