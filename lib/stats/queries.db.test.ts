import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { countArticlesPerMonth } from "./queries";
import { buildSeries } from "./series";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
});
afterAll(async () => {
  await db.$disconnect();
});

const person = (name: string, kind: "official" | "journalist") => db.person.findFirstOrThrow({ where: { name, kind }, select: { id: true } });
const byMonth = (dates: Date[]) => {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(date.toISOString().slice(0, 7), (counts.get(date.toISOString().slice(0, 7)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([month, articles]) => ({ month, articles }));
};

describe("articles per month", () => {
  it("counts an official's published articles by the articles' own months", async () => {
    const { id } = await person("章旭升", "official");
    expect(await countArticlesPerMonth({ officialId: id })).toEqual([
      { month: "2020-12", articles: 2 },
      { month: "2021-09", articles: 2 },
      { month: "2022-01", articles: 2 },
      { month: "2022-08", articles: 2 },
      { month: "2023-04", articles: 2 },
    ]);
    // 张群环's 22 December article, printed in the 23 December issue, counts for December as the list filter does.
    expect(await countArticlesPerMonth({ officialId: (await person("张群环", "official")).id })).toEqual([
      { month: "2020-12", articles: 2 },
      { month: "2021-09", articles: 1 },
    ]);
  });

  it("counts a reporter's bylines and a topic's articles as the join tables do", async () => {
    const { id } = await person("陈晓苏", "journalist");
    expect(await countArticlesPerMonth({ reporterId: id })).toEqual([
      { month: "2020-12", articles: 2 },
      { month: "2021-09", articles: 2 },
      { month: "2022-01", articles: 1 },
      { month: "2022-08", articles: 2 },
      { month: "2023-04", articles: 2 },
    ]);
    for (const topic of await db.topic.findMany({ select: { id: true, slug: true } })) {
      const articles = await db.article.findMany({ where: { status: "published", topics: { some: { topicId: topic.id } } }, select: { date: true } });
      expect(await countArticlesPerMonth({ topicId: topic.id }), topic.slug).toEqual(byMonth(articles.map((article) => article.date)));
    }
  });

  it("leaves unpublished articles out", async () => {
    const { id } = await person("陈晓苏", "journalist");
    const article = await db.article.findFirstOrThrow({ where: { authors: { some: { personId: id } }, date: new Date("2022-01-11T00:00:00Z") }, select: { id: true } });
    await db.article.update({ where: { id: article.id }, data: { status: "draft" } });
    try {
      const counts = await countArticlesPerMonth({ reporterId: id });
      expect(counts.find((row) => row.month === "2022-01")).toBeUndefined();
      // The chart still shows January 2022, as zero, between the other months.
      expect(buildSeries(counts).bars.find((bar) => bar.key === "2022-01")?.articles).toBe(0);
    } finally {
      await db.article.update({ where: { id: article.id }, data: { status: "published" } });
    }
  });
});
