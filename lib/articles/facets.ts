// Counts under the current filters: per official, topic, year and kind (for the filter sidebar).
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ARTICLE_KINDS } from "./filters";
import { KIND_LABELS } from "./format";

export interface FacetCount {
  key: string;
  label: string;
  count: number;
}

export interface ArticleFacets {
  officials: FacetCount[];
  topics: FacetCount[];
  years: FacetCount[];
  /** Key YYYY-MM, newest first. */
  months: FacetCount[];
  kinds: FacetCount[];
}

const TOP_OFFICIALS = 15;

export async function getArticleFacets(where: Prisma.ArticleWhereInput): Promise<ArticleFacets> {
  const [officialCounts, topicCounts, dateCounts, kindCounts] = await Promise.all([
    db.articleOfficial.groupBy({
      by: ["personId"],
      where: { article: where, jurisdiction: { not: "national" } },
      _count: { _all: true },
      orderBy: [{ _count: { articleId: "desc" } }, { personId: "asc" }],
      take: TOP_OFFICIALS,
    }),
    db.articleTopic.groupBy({ by: ["topicId"], where: { article: where }, _count: { _all: true } }),
    db.article.groupBy({ by: ["date"], where, _count: { _all: true } }),
    db.article.groupBy({ by: ["kind"], where, _count: { _all: true } }),
  ]);
  const [people, topics] = await Promise.all([
    db.person.findMany({ where: { id: { in: officialCounts.map((row) => row.personId) } }, select: { id: true, name: true } }),
    db.topic.findMany({ where: { id: { in: topicCounts.map((row) => row.topicId) } }, select: { id: true, slug: true, name: true, position: true } }),
  ]);
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  const topicOf = new Map(topics.map((topic) => [topic.id, topic]));

  const years = new Map<string, number>();
  const months = new Map<string, number>();
  for (const row of dateCounts) {
    const month = row.date.toISOString().slice(0, 7);
    const year = month.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + row._count._all);
    months.set(month, (months.get(month) ?? 0) + row._count._all);
  }

  return {
    officials: officialCounts.map((row) => {
      const name = nameOf.get(row.personId) ?? "";
      return { key: name, label: name, count: row._count._all };
    }),
    topics: topicCounts
      .flatMap((row) => {
        const topic = topicOf.get(row.topicId);
        return topic ? [{ key: topic.slug, label: topic.name, count: row._count._all, position: topic.position }] : [];
      })
      .sort((a, b) => b.count - a.count || a.position - b.position)
      .map(({ key, label, count }) => ({ key, label, count })),
    years: [...years.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([year, count]) => ({ key: year, label: `${year}年`, count })),
    months: [...months.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([month, count]) => ({ key: month, label: `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`, count })),
    kinds: ARTICLE_KINDS.flatMap((kind) => {
      const count = kindCounts.find((row) => row.kind === kind)?._count._all ?? 0;
      return count > 0 ? [{ key: kind, label: KIND_LABELS[kind], count }] : [];
    }),
  };
}
