// Editors' corrections of an official's titles: in one article, or one misprinted title
// (市委付书记 → 市委副书记) across all of the official's mentions. Same transaction shape as
// mutations.ts: rows, new article versions with revisions, search vectors, one audit row.
import "server-only";
import { claimNextVersions, recordRevisions } from "@/lib/admin/article-batch";
import { recordAudit } from "@/lib/admin/audit";
import { db } from "@/lib/db/client";
import { NotFoundError, VersionConflictError } from "@/lib/errors";
import { replaceTitle } from "./combine-mentions";
import { loadOfficialOrThrow, OFFICIAL_TRANSACTION_OPTIONS, type OfficialChange } from "./mutations";

export interface ReplaceTitleOptions {
  personId: number;
  from: string;
  /** Empty: the title is removed. */
  to: string;
  editorId: number;
}

/** Replaces one title string in every mention of the official that has it; `changed` counts them. */
export async function replaceOfficialTitle({ personId, from, to, editorId }: ReplaceTitleOptions): Promise<OfficialChange & { changed: number }> {
  return db.$transaction(async (tx) => {
    const person = await loadOfficialOrThrow(tx, personId);
    const rows = await tx.articleOfficial.findMany({ where: { personId: person.id, titles: { has: from } }, orderBy: { articleId: "asc" }, select: { articleId: true, titles: true } });
    const articleIds = rows.map((row) => row.articleId);
    if (rows.length === 0 || from === to) return { slugs: [], articleIds: [], changed: 0 };
    await claimNextVersions(tx, articleIds);
    for (const row of rows) {
      const titles = replaceTitle(row.titles, from, to) ?? row.titles;
      await tx.articleOfficial.update({ where: { articleId_personId: { articleId: row.articleId, personId: person.id } }, data: { titles } });
    }
    await recordRevisions(tx, articleIds, editorId);
    await recordAudit(tx, {
      userId: editorId, action: "official.retitle", targetType: "official", targetId: person.id,
      details: { name: person.name, from, to, articles: articleIds.length },
    });
    return { slugs: [person.slug], articleIds, changed: rows.length };
  }, OFFICIAL_TRANSACTION_OPTIONS);
}

export interface SetMentionTitlesOptions {
  personId: number;
  articleId: number;
  titles: string[];
  /** The article version the editor saw: a newer one means someone else changed it meanwhile. */
  expectedVersion: number;
  editorId: number;
}

/** Sets the titles of the official in one article, as a new version of that article. */
export async function setMentionTitles({ personId, articleId, titles, expectedVersion, editorId }: SetMentionTitlesOptions): Promise<OfficialChange & { version: number }> {
  return db.$transaction(async (tx) => {
    const person = await loadOfficialOrThrow(tx, personId);
    const mention = await tx.articleOfficial.findUnique({ where: { articleId_personId: { articleId, personId: person.id } }, select: { titles: true } });
    if (!mention) throw new NotFoundError("article", articleId);
    const { count } = await tx.article.updateMany({ where: { id: articleId, version: expectedVersion }, data: { version: { increment: 1 } } });
    if (count === 0) throw new VersionConflictError({ expectedVersion, current: null });
    await tx.articleOfficial.update({ where: { articleId_personId: { articleId, personId: person.id } }, data: { titles } });
    await recordRevisions(tx, [articleId], editorId);
    await recordAudit(tx, {
      userId: editorId, action: "official.mention_titles", targetType: "article", targetId: articleId,
      details: { name: person.name, officialId: person.id, from: mention.titles, to: titles, version: expectedVersion + 1 },
    });
    return { slugs: [person.slug], articleIds: [articleId], version: expectedVersion + 1 };
  }, OFFICIAL_TRANSACTION_OPTIONS);
}

