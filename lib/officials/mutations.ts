// Editors' corrections of who is who: rename an official, merge two spellings of one person,
// or turn a name the extractor mistook for an official into a journalist. Each is one
// transaction: the people and mention rows, a new version and revision of every affected
// article, its search vector, and one audit row.
import "server-only";
import { chunks, claimNextVersions, recordRevisions } from "@/lib/admin/article-batch";
import { recordAudit } from "@/lib/admin/audit";
import { db } from "@/lib/db/client";
import { InvalidStateError, NameTakenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PersonKind } from "@/lib/generated/prisma/enums";
import { clearOfficialPinyinCache } from "@/lib/search/official-names";
import { combineMentions, renumberPositions } from "./combine-mentions";

type Tx = Prisma.TransactionClient;

/** Rewriting mentions, revisions and search vectors of a much-named official takes a while. */
export const OFFICIAL_TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 10_000 };

/** A change of names: search reads officials' pinyin from a cache, which must not keep the old ones. */
async function changingNames<T>(work: Promise<T>): Promise<T> {
  const result = await work;
  clearOfficialPinyinCache();
  return result;
}

export interface OfficialChange {
  /** Official page slugs before and after, for revalidating the reader pages. */
  slugs: string[];
  articleIds: number[];
}

export interface OfficialRow {
  id: number;
  name: string;
  slug: string;
}

export async function loadOfficialOrThrow(tx: Tx, id: number): Promise<OfficialRow> {
  const person = await tx.person.findFirst({ where: { id, kind: "official" }, select: { id: true, name: true, slug: true } });
  if (!person) throw new NotFoundError("official", id);
  return person;
}

export async function mentionedArticleIds(tx: Tx, personId: number): Promise<number[]> {
  const rows = await tx.articleOfficial.findMany({ where: { personId }, orderBy: { articleId: "asc" }, select: { articleId: true } });
  return rows.map((row) => row.articleId);
}

/** The URL key for a name: the name itself unless another person of the kind holds it. */
async function slugFor(tx: Tx, options: { name: string; kind: PersonKind; personId: number }): Promise<string> {
  const holder = await tx.person.findUnique({ where: { slug_kind: { slug: options.name, kind: options.kind } }, select: { id: true } });
  return holder === null || holder.id === options.personId ? options.name : `${options.name}-${options.personId}`;
}

export interface RenameOfficialOptions {
  personId: number;
  name: string;
  editorId: number;
}

/** Fixes a misspelt name; refuses (NameTakenError) a name another official has: that is a merge. */
export async function renameOfficial({ personId, name, editorId }: RenameOfficialOptions): Promise<OfficialChange> {
  return changingNames(db.$transaction(async (tx) => {
    const person = await loadOfficialOrThrow(tx, personId);
    if (person.name === name) return { slugs: [], articleIds: [] };
    const holder = await tx.person.findUnique({ where: { name_kind: { name, kind: "official" } }, select: { id: true } });
    if (holder) throw new NameTakenError(name, holder.id);

    const articleIds = await mentionedArticleIds(tx, person.id);
    await claimNextVersions(tx, articleIds);
    const slug = await slugFor(tx, { name, kind: "official", personId: person.id });
    await tx.person.update({ where: { id: person.id }, data: { name, slug } });
    await recordRevisions(tx, articleIds, editorId);
    await recordAudit(tx, {
      userId: editorId, action: "official.rename", targetType: "official", targetId: person.id,
      details: { from: person.name, to: name, articles: articleIds.length },
    });
    return { slugs: [person.slug, slug], articleIds };
  }, OFFICIAL_TRANSACTION_OPTIONS));
}

export interface MergeOfficialsOptions {
  /** The spelling that goes away. */
  sourceId: number;
  /** The spelling that stays, with its slug. */
  targetId: number;
  editorId: number;
}

/**
 * Moves every mention of the source to the target and deletes the source. An article naming
 * both keeps one row (combineMentions) and its remaining mentions are renumbered.
 */
export async function mergeOfficials({ sourceId, targetId, editorId }: MergeOfficialsOptions): Promise<OfficialChange> {
  if (sourceId === targetId) throw new InvalidStateError("an official cannot be merged into itself");
  return changingNames(db.$transaction(async (tx) => {
    const source = await loadOfficialOrThrow(tx, sourceId);
    const target = await loadOfficialOrThrow(tx, targetId);
    const articleIds = await mentionedArticleIds(tx, source.id);
    await claimNextVersions(tx, articleIds);

    // Articles naming both spellings: one row each, combined.
    const targetRows = await tx.articleOfficial.findMany({ where: { personId: target.id, article: { officials: { some: { personId: source.id } } } } });
    const both = targetRows.map((row) => row.articleId);
    // Both rows out, the combined one in: two statements per slice instead of one per article.
    for (const ids of chunks(both, 1000)) {
      const sourceRows = new Map((await tx.articleOfficial.findMany({ where: { personId: source.id, articleId: { in: ids } } })).map((row) => [row.articleId, row]));
      const combined = targetRows
        .filter((row) => sourceRows.has(row.articleId))
        .map((row) => ({ articleId: row.articleId, personId: target.id, ...combineMentions(row, sourceRows.get(row.articleId) as typeof row) }));
      await tx.articleOfficial.deleteMany({ where: { personId: { in: [source.id, target.id] }, articleId: { in: ids } } });
      await tx.articleOfficial.createMany({ data: combined });
    }
    await tx.articleOfficial.updateMany({ where: { personId: source.id }, data: { personId: target.id } });
    await renumberMentions(tx, both);
    await tx.person.delete({ where: { id: source.id } });

    await recordRevisions(tx, articleIds, editorId);
    await recordAudit(tx, {
      userId: editorId, action: "official.merge", targetType: "official", targetId: target.id,
      details: { from: source.name, fromId: source.id, into: target.name, articles: articleIds.length, namingBoth: both.length },
    });
    return { slugs: [source.slug, target.slug], articleIds };
  }, OFFICIAL_TRANSACTION_OPTIONS));
}

/** Positions 0, 1, 2… again in articles that lost a row. */
async function renumberMentions(tx: Tx, articleIds: readonly number[]): Promise<void> {
  for (const ids of chunks(articleIds, 1000)) {
    const rows = await tx.articleOfficial.findMany({ where: { articleId: { in: ids } }, select: { articleId: true, personId: true, position: true } });
    for (const articleId of ids) {
      for (const { row, position } of renumberPositions(rows.filter((r) => r.articleId === articleId))) {
        if (row.position === position) continue;
        await tx.articleOfficial.update({ where: { articleId_personId: { articleId, personId: row.personId } }, data: { position } });
      }
    }
  }
}

/**
 * The person is a journalist, not an official: their mentions leave the articles, and the
 * person joins the journalists (or disappears into the journalist of that name, if there is one).
 */
export async function convertOfficialToJournalist({ personId, editorId }: { personId: number; editorId: number }): Promise<OfficialChange> {
  return changingNames(db.$transaction(async (tx) => {
    const person = await loadOfficialOrThrow(tx, personId);
    const articleIds = await mentionedArticleIds(tx, person.id);
    await claimNextVersions(tx, articleIds);
    await tx.articleOfficial.deleteMany({ where: { personId: person.id } });
    await renumberMentions(tx, articleIds);

    const journalist = await tx.person.findUnique({ where: { name_kind: { name: person.name, kind: "journalist" } }, select: { id: true } });
    if (journalist) await tx.person.delete({ where: { id: person.id } });
    else await tx.person.update({ where: { id: person.id }, data: { kind: "journalist", slug: await slugFor(tx, { name: person.name, kind: "journalist", personId: person.id }) } });

    await recordRevisions(tx, articleIds, editorId);
    await recordAudit(tx, {
      userId: editorId, action: "official.to_journalist", targetType: "official", targetId: person.id,
      details: { name: person.name, articles: articleIds.length, journalistId: journalist?.id ?? person.id },
    });
    return { slugs: [person.slug], articleIds };
  }, OFFICIAL_TRANSACTION_OPTIONS));
}
