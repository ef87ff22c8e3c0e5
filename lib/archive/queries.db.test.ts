import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { getAdjacentIssues, listArchiveMonths, listIssueDays, listIssuePages } from "./queries";

vi.mock("server-only", () => ({}));

const day = (value: string) => new Date(`${value}T00:00:00Z`);

async function addArticle(data: { title: string; date: string; pageId?: number; position?: number; status?: "draft" | "published" | "deleted" }) {
  return db.article.create({
    data: { kind: "news", title: data.title, date: day(data.date), body: "正文。", contentHash: "test", pageId: data.pageId ?? null, position: data.position ?? 0, status: data.status ?? "published" },
    select: { id: true },
  });
}

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people, topics RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());

  // A second page of 2022-08-02 (its articles stored out of order), a pageless article that day,
  // a pageless issue in 2019, and dates whose only articles are unpublished.
  const second = await db.page.create({ data: { date: day("2022-08-02"), fileName: "zz-second.txt", rawText: "", contentHash: "test" } });
  await addArticle({ title: "第二版第二篇", date: "2022-08-02", pageId: second.id, position: 1 });
  await addArticle({ title: "第二版第一篇", date: "2022-08-01", pageId: second.id, position: 0 });
  await addArticle({ title: "第二版草稿", date: "2022-08-02", pageId: second.id, position: 2, status: "draft" });
  await addArticle({ title: "单篇录入", date: "2022-08-02" });
  await addArticle({ title: "更早的单篇", date: "2019-05-06" });
  await addArticle({ title: "草稿", date: "2021-03-03", status: "draft" });
  const deletedPage = await db.page.create({ data: { date: day("2022-05-05"), fileName: "deleted.txt", rawText: "", contentHash: "test" } });
  await addArticle({ title: "已删除", date: "2022-05-05", pageId: deletedPage.id, status: "deleted" });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("counts by issue date", () => {
  it("counts each seed page's articles on the page's date, even those dated the day before", async () => {
    const days = await listIssueDays({ from: "2020-01-01", to: "2023-12-31" });
    expect(days).toEqual([
      { date: "2020-12-23", articles: 3 },
      { date: "2021-09-22", articles: 3 },
      { date: "2022-01-11", articles: 2 },
      { date: "2022-08-02", articles: 6 },
      { date: "2023-04-21", articles: 3 },
    ]);
  });

  it("keeps to the range, both ends included, and counts pageless articles on their own date", async () => {
    expect(await listIssueDays({ from: "2022-08-02", to: "2022-08-02" })).toEqual([{ date: "2022-08-02", articles: 6 }]);
    expect(await listIssueDays({ from: "2022-08-03", to: "2023-04-20" })).toEqual([]);
    expect(await listIssueDays({ from: "2019-01-01", to: "2019-12-31" })).toEqual([{ date: "2019-05-06", articles: 1 }]);
  });

  it("sums months and counts their issues over the whole archive", async () => {
    const months = await listArchiveMonths();
    expect(months).toEqual([
      { year: 2019, month: 5, articles: 1, issues: 1 },
      { year: 2020, month: 12, articles: 3, issues: 1 },
      { year: 2021, month: 9, articles: 3, issues: 1 },
      { year: 2022, month: 1, articles: 2, issues: 1 },
      { year: 2022, month: 8, articles: 6, issues: 1 },
      { year: 2023, month: 4, articles: 3, issues: 1 },
    ]);
    expect(months.reduce((sum, month) => sum + month.articles, 0)).toBe(await db.article.count({ where: { status: "published" } }));
  });
});

describe("one issue", () => {
  it("lists each page's articles in page order, pages in file order, pageless ones last", async () => {
    const pages = await listIssuePages("2022-08-02");
    expect(pages.map((page) => page.articles.map((article) => article.title))).toEqual([
      ["群策群力 合力攻坚", "着力数字赋能 推动共富先行", "双向奔赴 收获幸福"],
      ["第二版第一篇", "第二版第二篇"],
      ["单篇录入"],
    ]);
    expect(pages.at(-1)?.pageId).toBeNull();
    expect(pages[0]?.articles[1]).toMatchObject({ date: "2022-08-01", officials: expect.arrayContaining(["朱重烈"]) });
  });

  it("puts an article dated the day before under its page's issue, not its own date", async () => {
    const pages = await listIssuePages("2020-12-23");
    expect(pages).toHaveLength(1);
    expect(pages[0]?.articles.map((article) => article.title)).toEqual(["拼搏实干争先进位 开创发展崭新局面", "拉长工业经济长板 补齐民生事业短板", "弘扬伟大抗疫精神 凝聚前行信心力量"]);
    expect(await listIssuePages("2020-12-22")).toEqual([]);
  });

  it("is empty for a date with only unpublished articles", async () => {
    expect(await listIssuePages("2021-03-03")).toEqual([]);
    expect(await listIssuePages("2022-05-05")).toEqual([]);
  });
});

describe("neighbouring issues", () => {
  it("finds the nearest issues across months and years", async () => {
    expect(await getAdjacentIssues({ before: "2021-09-22", after: "2021-09-22" })).toEqual({ previous: "2020-12-23", next: "2022-01-11" });
    expect(await getAdjacentIssues({ before: "2020-12-23", after: "2020-12-23" })).toEqual({ previous: "2019-05-06", next: "2021-09-22" });
    expect(await getAdjacentIssues({ before: "2023-04-21", after: "2023-04-21" })).toEqual({ previous: "2022-08-02", next: null });
    expect(await getAdjacentIssues({ before: "2019-05-06", after: "2019-05-06" })).toEqual({ previous: null, next: "2020-12-23" });
  });

  it("skips dates whose articles are unpublished, and works from a date without an issue or a whole month", async () => {
    expect(await getAdjacentIssues({ before: "2022-05-05", after: "2022-05-05" })).toEqual({ previous: "2022-01-11", next: "2022-08-02" });
    expect(await getAdjacentIssues({ before: "2021-03-03", after: "2021-03-03" })).toEqual({ previous: "2020-12-23", next: "2021-09-22" });
    expect(await getAdjacentIssues({ before: "2022-08-01", after: "2022-08-31" })).toEqual({ previous: "2022-01-11", next: "2023-04-21" });
  });
});
