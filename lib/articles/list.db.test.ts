import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { parseArticleFilters } from "./filters";
import { getArticleListing } from "./listing";
import { getArticle, listArticles } from "./queries";
import { resolveArticleWhere } from "./where";

vi.mock("server-only", () => ({}));

const TOPIC = { slug: "test-list-topic", name: "测试列表主题" };

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
  // Topic assignment may or may not run at import: filter on a topic of our own either way.
  const topic = await db.topic.create({ data: { ...TOPIC, description: "只用于测试", rules: [{ keyword: "除险保安", weight: 3 }], position: 99 } });
  const articles = await db.article.findMany({ where: { title: { in: ["群策群力 合力攻坚", "扎实做好除险保安工作"] } }, select: { id: true } });
  await db.articleTopic.createMany({ data: articles.map((article) => ({ articleId: article.id, topicId: topic.id, score: 10 })) });
});
afterAll(async () => {
  await db.$disconnect();
});

const list = (query: string) => getArticleListing(parseArticleFilters(new URLSearchParams(query)));
const titles = async (query: string) => (await list(query)).page.items.map((item) => item.title);

/** Ids of the published articles naming an official, by the join table itself. */
async function idsNaming(name: string): Promise<number[]> {
  const rows = await db.articleOfficial.findMany({ where: { person: { name, kind: "official" } }, select: { articleId: true } });
  return rows.map((row) => row.articleId).sort((a, b) => a - b);
}

describe("the article list on the seeds", () => {
  it("lists all fourteen articles newest first without filters", async () => {
    const { page, invalid } = await list("");
    expect(invalid).toEqual([]);
    expect(page.total).toBe(14);
    const dates = page.items.map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.next).toBeNull();
  });

  it("filters by an official: exactly the articles naming him", async () => {
    const { page } = await list("official=章旭升&limit=100");
    const expected = await idsNaming("章旭升");
    expect(expected.length).toBeGreaterThan(5);
    expect(page.total).toBe(expected.length);
    expect(page.items.map((item) => item.id).sort((a, b) => a - b)).toEqual(expected);
    for (const item of page.items) expect(item.officials).toContain("章旭升");
  });

  it("combines officials with AND", async () => {
    const { page } = await list("official=章旭升&official=朱重烈");
    expect(page.items.map((item) => [item.date, item.title])).toEqual([
      ["2023-04-21", "坚持创新突破 聚力提质增效"],
      ["2022-08-01", "着力数字赋能 推动共富先行"],
    ]);
  });

  it("filters by year, month, kind and reporter", async () => {
    expect((await list("year=2022")).page.total).toBe(5);
    expect((await list("year=2022&month=8")).page.items.map((item) => item.date)).toEqual(["2022-08-02", "2022-08-02", "2022-08-01"]);
    expect(await titles("kind=commentary")).toEqual(["双向奔赴 收获幸福"]);
    const byReporter = await list("reporter=张赤奎");
    expect(byReporter.page.items.map((item) => item.date)).toEqual(["2022-01-11", "2020-12-22"]);
    for (const item of byReporter.page.items) expect(item.reporters).toContain("张赤奎");
  });

  it("filters by an inclusive from/to range and by open-ended ranges", async () => {
    const range = await list("from=2021-09-22&to=2022-01-11");
    expect(range.page.total).toBe(5);
    expect(new Set(range.page.items.map((item) => item.date))).toEqual(new Set(["2021-09-22", "2022-01-11"]));
    expect((await list("from=2023-01-01")).page.total).toBe(3);
    expect((await list("to=2020-12-31")).page.items.map((item) => item.date)).toEqual(["2020-12-23", "2020-12-23", "2020-12-22"]);
  });

  it("combines filters of different kinds", async () => {
    expect((await list("official=章旭升&year=2022")).page.items.map((item) => item.date)).toEqual(["2022-08-02", "2022-08-01", "2022-01-11", "2022-01-11"]);
    expect((await list("kind=news&year=2023")).page.total).toBe(2);
    const huAndChen = await list("official=胡勇春&reporter=陈晓苏");
    const expected = await db.article.count({
      where: { officials: { some: { person: { name: "胡勇春" } } }, authors: { some: { person: { name: "陈晓苏" } } } },
    });
    expect(huAndChen.page.total).toBe(expected);
    expect(expected).toBeLessThan((await idsNaming("胡勇春")).length);
    for (const item of huAndChen.page.items) {
      expect(item.officials).toContain("胡勇春");
      expect(item.reporters).toContain("陈晓苏");
    }
  });

  it("filters by topic slug or name, alone and with other filters", async () => {
    expect(await titles(`topic=${TOPIC.slug}`)).toEqual(["扎实做好除险保安工作", "群策群力 合力攻坚"]);
    expect((await list(`topic=${encodeURIComponent(TOPIC.name)}`)).page.total).toBe(2);
    expect((await list(`topic=${TOPIC.slug}&official=章旭升`)).page.total).toBe(2);
    expect(await titles(`topic=${TOPIC.slug}&year=2022`)).toEqual(["群策群力 合力攻坚"]);
    expect((await list(`topic=${TOPIC.slug}&kind=commentary`)).page.total).toBe(0);
  });

  it("reports unknown names and malformed values as invalid, naming the parameter, and ignores them", async () => {
    const unknown = await list("official=不存在的人&year=2022");
    expect(unknown.invalid).toEqual([expect.objectContaining({ param: "official", value: "不存在的人" })]);
    expect(unknown.page.total).toBe(5);
    expect(unknown.filters.officials).toEqual([]);

    const malformed = await list("from=abc&kind=video&topic=no-such-topic&reporter=无名");
    expect(malformed.invalid.map((entry) => entry.param).sort()).toEqual(["from", "kind", "reporter", "topic"]);
    expect(malformed.page.total).toBe(14);
    expect(malformed.chips).toEqual([]);
  });

  it("reports a page number past the end", async () => {
    const { invalid, page } = await list("page=9");
    expect(page.items).toEqual([]);
    expect(invalid).toEqual([expect.objectContaining({ param: "page", value: "9" })]);
  });

  it("describes the active filters as chips in link form", async () => {
    const { chips, filters } = await list(`official=章旭升&topic=${TOPIC.name}&year=2022&kind=news`);
    expect(chips).toEqual([
      { param: "official", value: "章旭升", label: "章旭升" },
      { param: "topic", value: TOPIC.slug, label: TOPIC.name },
      { param: "date", value: "2022年", label: "2022年" },
      { param: "kind", value: "news", label: "新闻" },
    ]);
    expect(filters).toMatchObject({ officials: ["章旭升"], topic: TOPIC.slug, year: 2022, kind: "news" });
  });

  it("suggests which filter to remove when nothing matches, with the count it would bring back", async () => {
    const { page, suggestions } = await list("official=朱重烈&kind=commentary");
    expect(page.total).toBe(0);
    expect(suggestions).toEqual([
      { param: "official", value: "朱重烈", label: "朱重烈", count: 1 },
      { param: "kind", value: "commentary", label: "评论", count: 2 },
    ]);
    expect((await list("year=2022")).suggestions).toEqual([]);
  });
});

describe("facet counts under the current filters", () => {
  it("counts per official, topic, year and kind", async () => {
    const { facets, page } = await list("official=章旭升");
    const sum = (counts: { count: number }[]) => counts.reduce((total, entry) => total + entry.count, 0);
    expect(facets.years).toEqual([
      { key: "2023", label: "2023年", count: 2 },
      { key: "2022", label: "2022年", count: 4 },
      { key: "2021", label: "2021年", count: 2 },
      { key: "2020", label: "2020年", count: 2 },
    ]);
    expect(sum(facets.years)).toBe(page.total);
    expect(sum(facets.kinds)).toBe(page.total);
    expect(facets.officials[0]).toEqual({ key: "章旭升", label: "章旭升", count: page.total });
    expect(facets.officials.find((entry) => entry.key === "朱重烈")?.count).toBe(2);
    expect(facets.officials.map((entry) => entry.key)).not.toContain("习近平");
    expect(facets.topics).toContainEqual({ key: TOPIC.slug, label: TOPIC.name, count: 2 });
  });

  it("narrows the counts with every filter", async () => {
    const { facets } = await list("year=2023");
    expect(facets.years).toEqual([{ key: "2023", label: "2023年", count: 3 }]);
    expect(facets.kinds).toEqual([
      { key: "news", label: "新闻", count: 2 },
      { key: "photo", label: "图片新闻", count: 1 },
    ]);
    expect(facets.topics).toContainEqual({ key: TOPIC.slug, label: TOPIC.name, count: 1 });
  });
});

describe("paging", () => {
  it("walks all fourteen articles by keyset cursor without duplicates or gaps, in page-number order", async () => {
    const { filters } = parseArticleFilters(new URLSearchParams("limit=5"));
    const { where } = await resolveArticleWhere(filters);

    const byCursor: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listArticles(where, { ...filters, cursor });
      expect(page.total).toBe(14);
      byCursor.push(...page.items.map((item) => item.id));
      cursor = page.next ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);

    const byNumber: number[] = [];
    for (const pageNumber of [1, 2, 3]) byNumber.push(...(await listArticles(where, { ...filters, page: pageNumber })).items.map((item) => item.id));

    expect(byCursor).toHaveLength(14);
    expect(new Set(byCursor).size).toBe(14);
    expect(byCursor).toEqual(byNumber);
    expect(byCursor.sort((a, b) => a - b)).toEqual((await db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id));
  });

  it("pages a filtered list by cursor too", async () => {
    const first = await list("official=章旭升&limit=4");
    expect(first.page.next).not.toBeNull();
    const second = await list(`official=章旭升&limit=4&cursor=${first.page.next}`);
    expect(second.page.items).toHaveLength(4);
    expect(second.page.items.map((item) => item.id)).not.toContain(first.page.items[0]?.id);
    const third = await list(`official=章旭升&limit=4&cursor=${second.page.next}`);
    expect(third.page.next).toBeNull();
    expect(first.page.items.length + second.page.items.length + third.page.items.length).toBe(first.page.total);
  });
});

describe("one article", () => {
  it("has its paragraphs, bylines with reporter links, officials with titles and topics", async () => {
    const row = await db.article.findFirstOrThrow({ where: { title: "着力数字赋能 推动共富先行" }, select: { id: true } });
    const article = await getArticle(row.id);
    expect(article).toMatchObject({ kicker: "朱重烈在永调研时强调", date: "2022-08-01" });
    expect(article?.bylines).toEqual([
      { name: "楼盼", role: "记者", organization: "金华日报", reporterSlug: "楼盼" },
      { name: "陈晓苏", role: "融媒首席记者", organization: "本报", reporterSlug: "陈晓苏" },
    ]);
    expect(article?.paragraphs.length).toBeGreaterThan(3);
    expect(article?.paragraphs.every((paragraph) => paragraph.length > 0 && !paragraph.includes("\n\n"))).toBe(true);
    expect(article?.officials[0]).toEqual({ name: "朱重烈", slug: "朱重烈", titles: ["金华市委书记"], jurisdiction: "金华", nearestTitles: null });
  });

  it("keeps a commentary's signature without a reporter link", async () => {
    const row = await db.article.findFirstOrThrow({ where: { kind: "commentary" }, select: { id: true } });
    expect((await getArticle(row.id))?.bylines).toEqual([{ name: "本报特约评论员", role: "特约评论员", organization: "本报", reporterSlug: null }]);
  });

  it("is null when missing or unpublished", async () => {
    expect(await getArticle(999_999)).toBeNull();
    const row = await db.article.findFirstOrThrow({ select: { id: true } });
    await db.article.update({ where: { id: row.id }, data: { status: "draft" } });
    try {
      expect(await getArticle(row.id)).toBeNull();
      expect((await list("")).page.total).toBe(13);
    } finally {
      await db.article.update({ where: { id: row.id }, data: { status: "published" } });
    }
  });
});
