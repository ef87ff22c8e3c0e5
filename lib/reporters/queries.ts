// Reads about journalists for the reader pages: the index, one reporter's articles and counts.
import "server-only";
import { cache } from "react";
import { listArticles, type ArticlePage } from "@/lib/articles/queries";
import { db } from "@/lib/db/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { listTopOfficials, type OfficialCount } from "@/lib/officials/queries";

export const REPORTER_PAGE_SIZE = 20;

export interface ReporterProfile {
  id: number;
  name: string;
  slug: string;
  articleCount: number;
  /** YYYY-MM-DD of the first and last credited article. */
  firstDate: string;
  lastDate: string;
  /** Roles as printed in the bylines, e.g. 融媒首席记者. */
  roles: string[];
  years: { year: string; count: number }[];
  kinds: { kind: ArticleKind; count: number }[];
  topOfficials: OfficialCount[];
}

export interface ReporterSummary {
  name: string;
  slug: string;
  articleCount: number;
}

/** Every journalist credited on a published article, most articles first. */
export async function listReporters(): Promise<ReporterSummary[]> {
  const counts = await db.articleByline.groupBy({
    by: ["personId"],
    where: { article: { status: "published" }, person: { kind: "journalist" } },
    _count: { _all: true },
  });
  const people = await db.person.findMany({ where: { id: { in: counts.map((row) => row.personId) } }, select: { id: true, name: true, slug: true } });
  const countOf = new Map(counts.map((row) => [row.personId, row._count._all]));
  return people
    .map((person) => ({ name: person.name, slug: person.slug, articleCount: countOf.get(person.id) ?? 0 }))
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name, "zh-CN"));
}

/** A journalist by URL slug with counts of their published articles, or null. */
export const getReporter = cache(async (slug: string): Promise<ReporterProfile | null> => {
  const person = await db.person.findUnique({ where: { slug_kind: { slug, kind: "journalist" } }, select: { id: true, name: true, slug: true } });
  if (!person) return null;
  const where = { status: "published" as const, authors: { some: { personId: person.id } } };
  const [dates, kinds, roles, topOfficials] = await Promise.all([
    db.article.groupBy({ by: ["date"], where, _count: { _all: true }, orderBy: { date: "asc" } }),
    db.article.groupBy({ by: ["kind"], where, _count: { _all: true } }),
    db.articleByline.findMany({ where: { personId: person.id, role: { not: null } }, distinct: ["role"], select: { role: true }, orderBy: { role: "asc" } }),
    listTopOfficials({ authors: { some: { personId: person.id } } }, { limit: 10 }),
  ]);
  if (dates.length === 0) return null;

  const years = new Map<string, number>();
  for (const row of dates) {
    const year = String(row.date.getUTCFullYear());
    years.set(year, (years.get(year) ?? 0) + row._count._all);
  }
  return {
    ...person,
    articleCount: dates.reduce((sum, row) => sum + row._count._all, 0),
    firstDate: dates[0]!.date.toISOString().slice(0, 10),
    lastDate: dates.at(-1)!.date.toISOString().slice(0, 10),
    roles: roles.flatMap((row) => (row.role ? [row.role] : [])),
    years: [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, count]) => ({ year, count })),
    kinds: kinds.map((row) => ({ kind: row.kind, count: row._count._all })).sort((a, b) => b.count - a.count),
    topOfficials,
  };
});

/** The articles crediting a journalist, newest first. */
export async function listReporterArticles(personId: number, page: number): Promise<ArticlePage> {
  return listArticles({ status: "published", authors: { some: { personId } } }, { page, limit: REPORTER_PAGE_SIZE });
}
