// Reads about officials for the reader pages: the index, one official's profile, who appears with whom.
import "server-only";
import { cache } from "react";
import { listArticles, type ArticlePage } from "@/lib/articles/queries";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildTitleTimeline, type TitleSpan } from "./title-timeline";

export const NATIONAL = "national";
export const OFFICIALS_PAGE_SIZE = 20;

export interface OfficialSummary {
  name: string;
  slug: string;
  articleCount: number;
  /** YYYY-MM-DD of the first and last article naming the official. */
  firstDate: string;
  lastDate: string;
  /** Where the official's titles belong, most often: 永康, 金华, …, or "national". */
  jurisdiction: string;
}

export interface OfficialIndex {
  local: OfficialSummary[];
  /** National leaders, whom the paper mostly cites (习近平总书记): listed apart. */
  national: OfficialSummary[];
}

export type OfficialSort = "count" | "name";

export interface OfficialCount {
  name: string;
  slug: string;
  /** Articles in the set that name the official. */
  count: number;
}

export interface OfficialProfile extends OfficialSummary {
  id: number;
  timeline: TitleSpan[];
}

const isoDate = (date: Date | string) => (typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10));
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "zh-CN");

interface OfficialRow {
  name: string;
  slug: string;
  articleCount: number;
  firstDate: Date;
  lastDate: Date;
  jurisdiction: string;
}

/** Every official named in a published article, with article counts and first/last dates. */
export async function listOfficials(sort: OfficialSort = "count"): Promise<OfficialIndex> {
  // Prisma cannot take min/max of a related row's column; the titled mentions decide the jurisdiction.
  const rows = await db.$queryRaw<OfficialRow[]>`
    SELECT p.name, p.slug, count(*)::int AS "articleCount", min(a.date) AS "firstDate", max(a.date) AS "lastDate",
      CASE WHEN bool_and(ao.jurisdiction = ${NATIONAL}) THEN ${NATIONAL}
        ELSE coalesce(
          mode() WITHIN GROUP (ORDER BY ao.jurisdiction) FILTER (WHERE cardinality(ao.titles) > 0 AND ao.jurisdiction <> ${NATIONAL}),
          mode() WITHIN GROUP (ORDER BY ao.jurisdiction) FILTER (WHERE ao.jurisdiction <> ${NATIONAL}))
      END AS jurisdiction
    FROM people p
    JOIN article_officials ao ON ao.person_id = p.id
    JOIN articles a ON a.id = ao.article_id
    WHERE p.kind = 'official' AND a.status = 'published'
    GROUP BY p.id
    ORDER BY count(*) DESC, p.name`;
  const officials = rows.map((row) => ({ ...row, firstDate: isoDate(row.firstDate), lastDate: isoDate(row.lastDate) }));
  if (sort === "name") officials.sort(byName);
  return {
    local: officials.filter((official) => official.jurisdiction !== NATIONAL),
    national: officials.filter((official) => official.jurisdiction === NATIONAL),
  };
}

/** Local officials most often named in the articles matching `articleWhere`. */
export async function listTopOfficials(articleWhere: Prisma.ArticleWhereInput, options: { limit?: number } = {}): Promise<OfficialCount[]> {
  const counts = await db.articleOfficial.groupBy({
    by: ["personId"],
    where: {
      article: { AND: [{ status: "published" }, articleWhere] },
      jurisdiction: { not: NATIONAL },
    },
    _count: { _all: true },
    orderBy: [{ _count: { articleId: "desc" } }, { personId: "asc" }],
    take: options.limit ?? 12,
  });
  const people = await db.person.findMany({ where: { id: { in: counts.map((row) => row.personId) } }, select: { id: true, name: true, slug: true } });
  const personOf = new Map(people.map((person) => [person.id, person]));
  return counts
    .flatMap((row) => {
      const person = personOf.get(row.personId);
      return person ? [{ name: person.name, slug: person.slug, count: row._count._all }] : [];
    })
    .sort((a, b) => b.count - a.count || byName(a, b));
}

/** An official by URL slug with their title timeline, or null. (Who appears with them: co-appearance.ts.) */
export const getOfficial = cache(async (slug: string): Promise<OfficialProfile | null> => {
  const person = await db.person.findUnique({ where: { slug_kind: { slug, kind: "official" } }, select: { id: true, name: true, slug: true } });
  if (!person) return null;
  // One flat row per mention, with the article's date joined in SQL: a busy official has tens of
  // thousands of mentions at a million articles.
  const mentions = await db.$queryRaw<{ articleId: number; titles: string[]; jurisdiction: string; date: Date }[]>`
    SELECT ao.article_id AS "articleId", ao.titles, ao.jurisdiction, a.date
    FROM article_officials ao JOIN articles a ON a.id = ao.article_id
    WHERE ao.person_id = ${person.id} AND a.status = 'published'`;
  if (mentions.length === 0) return null;

  const dated = mentions.map(({ date, ...mention }) => ({ ...mention, date: isoDate(date) }));
  const dates = dated.map((mention) => mention.date).sort();
  return {
    ...person,
    articleCount: mentions.length,
    firstDate: dates[0] ?? "",
    lastDate: dates.at(-1) ?? "",
    jurisdiction: mainJurisdiction(dated),
    timeline: buildTitleTimeline(dated),
  };
});

/** The articles naming an official, newest first. */
export async function listOfficialArticles(personId: number, page: number): Promise<ArticlePage> {
  return listArticles({ status: "published", officials: { some: { personId } } }, { page, limit: OFFICIALS_PAGE_SIZE });
}

/** Same rule as listOfficials' SQL: national only if always national, else the most common of the titled mentions. */
function mainJurisdiction(mentions: { titles: string[]; jurisdiction: string }[]): string {
  const local = mentions.filter((mention) => mention.jurisdiction !== NATIONAL);
  const titled = local.filter((mention) => mention.titles.length > 0);
  return mostCommon((titled.length > 0 ? titled : local).map((mention) => mention.jurisdiction)) ?? NATIONAL;
}

/** Ties go to the smallest value in code-point order, as PostgreSQL's mode() does under the C collation. */
function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
