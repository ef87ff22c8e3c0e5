// Reads of published articles for the reader pages and the list API.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { findNearestTitles } from "@/lib/officials/nearest-title-queries";
import type { DatedTitles } from "@/lib/officials/nearest-title";
import { decodeCursor, encodeCursor, type ArticleFilters, type ListCursor } from "./filters";
import { leadOf } from "./lead";
import type { ArticleHighlights } from "./search-highlights";

export interface ArticleSummary {
  id: number;
  kind: ArticleKind;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  date: string;
  reporters: string[];
  /** Local officials in order of first mention (national leaders left out). */
  officials: string[];
  topics: { slug: string; name: string }[];
  lead: string;
  /** Search results only: the query's terms marked in the headline and a snippet of the body. */
  highlights?: ArticleHighlights;
}

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
  /** Keyset cursor of the next page, or null on the last page. */
  next: string | null;
}

/** What a list card shows; with toSummary, shared by every list of articles (archive issues too). */
export const summarySelect = {
  id: true,
  kind: true,
  kicker: true,
  title: true,
  subtitle: true,
  date: true,
  reporters: true,
  body: true,
  officials: { where: { jurisdiction: { not: "national" } }, orderBy: { position: "asc" }, select: { person: { select: { name: true } } } },
  topics: { orderBy: { score: "desc" }, select: { topic: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

export type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;

export function toSummary({ body, date, officials, topics, ...row }: SummaryRow): ArticleSummary {
  return {
    ...row,
    date: date.toISOString().slice(0, 10),
    officials: officials.map((official) => official.person.name),
    topics: topics.map((entry) => entry.topic),
    lead: leadOf(body),
  };
}

/** List order: newest date first; within a date, page order (ids are assigned in page order). */
const LIST_ORDER: Prisma.ArticleOrderByWithRelationInput[] = [{ date: "desc" }, { id: "asc" }];

/** Rows matching `where` from the keyset position `from` on (inclusive), or after it. */
function keysetWhere(where: Prisma.ArticleWhereInput, from: ListCursor, isInclusive: boolean): Prisma.ArticleWhereInput {
  const date = new Date(`${from.date}T00:00:00Z`);
  // `date <= d` is what the index can seek to; the OR then only sifts the rows of day d itself.
  return { AND: [where, { date: { lte: date } }, { OR: [{ date: { lt: date } }, { id: isInclusive ? { gte: from.id } : { gt: from.id } }] }] };
}

/**
 * Where page `page` starts, found by walking only the (status, date, id) index: the page's rows are
 * then read by keyset, so a deep page reads its 20 articles, not the tens of thousands before them.
 */
async function pageStart(where: Prisma.ArticleWhereInput, page: number, limit: number): Promise<ListCursor | null> {
  const [first] = await db.article.findMany({ where, orderBy: LIST_ORDER, skip: (page - 1) * limit, take: 1, select: { date: true, id: true } });
  return first ? { date: first.date.toISOString().slice(0, 10), id: first.id } : null;
}

/** One page of articles matching `where`: by keyset cursor when given, else by page number. */
export async function listArticles(where: Prisma.ArticleWhereInput, filters: Pick<ArticleFilters, "cursor" | "page" | "limit">): Promise<ArticlePage> {
  const cursor = filters.cursor ? decodeCursor(filters.cursor) : null;
  const [rows, total] = await Promise.all([
    (async () => {
      if (cursor) return db.article.findMany({ where: keysetWhere(where, cursor, false), orderBy: LIST_ORDER, take: filters.limit + 1, select: summarySelect });
      const start = filters.page > 1 ? await pageStart(where, filters.page, filters.limit) : null;
      if (filters.page > 1 && !start) return [];
      return db.article.findMany({ where: start ? keysetWhere(where, start, true) : where, orderBy: LIST_ORDER, take: filters.limit + 1, select: summarySelect });
    })(),
    db.article.count({ where }),
  ]);
  const items = rows.slice(0, filters.limit).map(toSummary);
  const last = items.at(-1);
  return { items, total, next: rows.length > filters.limit && last ? encodeCursor({ date: last.date, id: last.id }) : null };
}

/** Published articles with these ids, in this order (search results), with their bodies. */
export async function listArticleSummariesByIds(ids: readonly number[]): Promise<(ArticleSummary & { body: string })[]> {
  if (ids.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: [...ids] }, status: "published" }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, { ...toSummary(row), body: row.body }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** How many published articles match `where`. */
export async function countArticles(where: Prisma.ArticleWhereInput): Promise<number> {
  return db.article.count({ where });
}

export interface ArticleByline {
  name: string;
  role: string | null;
  organization: string | null;
  /** Set when the byline is a journalist the archive knows (link to /reporters/[slug]). */
  reporterSlug: string | null;
}

export interface ArticleOfficialMention {
  name: string;
  slug: string;
  /** Titles as the article prints them, e.g. 市委副书记、市长. */
  titles: string[];
  /** 永康, 金华, …, or "national". */
  jurisdiction: string;
  /** When the article prints no titles (local officials only): those of the nearest dated article that does. */
  nearestTitles: DatedTitles | null;
}

/** Where an imported article sits on its OCR'd page; null for articles entered by editors. */
export interface ArticleSourceRef {
  pageId: number;
  /** YYYY-MM-DD of the page. */
  pageDate: string;
  fileName: string;
  /** [start, end) offsets into the page's raw text, when the import recorded them. */
  span: [number, number] | null;
}

export interface ArticleDetail {
  id: number;
  kind: ArticleKind;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  date: string;
  bylines: ArticleByline[];
  paragraphs: string[];
  officials: ArticleOfficialMention[];
  topics: { slug: string; name: string }[];
  /** ISO timestamp of the last change. */
  updatedAt: string;
  source: ArticleSourceRef | null;
}

const storedBylinesSchema = z
  .array(z.object({ name: z.string(), role: z.string().nullable().catch(null), organization: z.string().nullable().catch(null) }))
  .catch([]);

/** A published article, or null when there is none with this id. Cached per request (page and metadata). */
export const getArticle = cache(async (id: number): Promise<ArticleDetail | null> => {
  const row = await db.article.findFirst({
    where: { id, status: "published" },
    select: {
      id: true,
      kind: true,
      kicker: true,
      title: true,
      subtitle: true,
      date: true,
      body: true,
      bylines: true,
      updatedAt: true,
      spanStart: true,
      spanEnd: true,
      page: { select: { id: true, date: true, fileName: true } },
      authors: { select: { person: { select: { name: true, slug: true } } } },
      officials: { orderBy: { position: "asc" }, select: { titles: true, jurisdiction: true, person: { select: { id: true, name: true, slug: true } } } },
      topics: { orderBy: { score: "desc" }, select: { topic: { select: { slug: true, name: true } } } },
    },
  });
  if (!row) return null;
  const reporterSlugs = new Map(row.authors.map(({ person }) => [person.name, person.slug]));
  const date = row.date.toISOString().slice(0, 10);
  const untitled = row.officials.filter((official) => official.titles.length === 0 && official.jurisdiction !== "national");
  const nearestTitles = await findNearestTitles(date, untitled.map((official) => official.person.id));
  return {
    id: row.id,
    kind: row.kind,
    kicker: row.kicker,
    title: row.title,
    subtitle: row.subtitle,
    date,
    bylines: storedBylinesSchema.parse(row.bylines).map((byline) => ({ ...byline, reporterSlug: reporterSlugs.get(byline.name) ?? null })),
    paragraphs: row.body.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean),
    officials: row.officials.map(({ person: { id: personId, ...person }, titles, jurisdiction }) => ({
      ...person,
      titles,
      jurisdiction,
      nearestTitles: titles.length === 0 ? (nearestTitles.get(personId) ?? null) : null,
    })),
    topics: row.topics.map((entry) => entry.topic),
    updatedAt: row.updatedAt.toISOString(),
    source: row.page
      ? {
          pageId: row.page.id,
          pageDate: row.page.date.toISOString().slice(0, 10),
          fileName: row.page.fileName,
          span: row.spanStart !== null && row.spanEnd !== null ? [row.spanStart, row.spanEnd] : null,
        }
      : null,
  };
});

/** The newest published articles (home page without filters). */
export async function listLatestArticles(limit = 20): Promise<ArticleSummary[]> {
  return (await listArticles({ status: "published" }, { page: 1, limit })).items;
}
