// No N+1: rendering a list, a search and an article runs a fixed number of database operations,
// however many articles the page shows. The app's one client (lib/db/client.ts) is replaced, before
// anything imports it, by the same client with a counter of its operations.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";

vi.mock("server-only", () => ({}));

let operations = 0;
const counted = createPrismaClient(inject("databaseUrl"), { max: 4 }).$extends({
  query: {
    async $allOperations({ args, query }) {
      operations++;
      return query(args);
    },
  },
}) as unknown as Database;
(globalThis as unknown as { db: unknown }).db = counted;

const { importPageFiles } = await import("@/lib/ingest/import-files");
const { readSeedManifest } = await import("@/lib/ingest/manifest");
const { parseArticleFilters } = await import("./filters");
const { getArticleListing } = await import("./listing");
const { getArticle } = await import("./queries");

beforeAll(async () => {
  await counted.$executeRaw`TRUNCATE pages, articles, article_revisions, people RESTART IDENTITY CASCADE`;
  await importPageFiles(counted, await readSeedManifest());
});
afterAll(async () => {
  await counted.$disconnect();
});

async function operationsFor(run: () => Promise<unknown>): Promise<number> {
  const before = operations;
  await run();
  return operations - before;
}

const listing = (query: string) => () => getArticleListing(parseArticleFilters(new URLSearchParams(query)));

describe("database operations per page", () => {
  it("lists 2 or 14 articles with the same operations: none per article", async () => {
    const small = await operationsFor(listing("limit=2"));
    const large = await operationsFor(listing("limit=14"));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });

  it("shows 2 or 10 search results with the same operations", async () => {
    await listing("q=疫情")(); // loads the per-process caches of officials' pinyin and recent windows
    const small = await operationsFor(listing("q=章旭升&limit=2"));
    const large = await operationsFor(listing("q=章旭升&limit=10"));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
  });

  it("filters by two officials with the operations of one", async () => {
    const one = await operationsFor(listing("official=章旭升"));
    const two = await operationsFor(listing("official=章旭升&official=胡勇春"));
    expect(two).toBe(one);
  });

  it("reads an article with its officials, bylines and topics in one operation, plus one for all the officials it names without titles", async () => {
    const idOf = async (title: string) => ((await counted.article.findMany({ where: { title }, select: { id: true } })) as [{ id: number }])[0].id;
    const [allTitled, threeUntitled, elevenUntitled] = await Promise.all(
      ["畅谈加快打造共同富裕先行示范浙中板块", "群策群力 合力攻坚", "弘扬伟大抗疫精神 凝聚前行信心力量"].map(idOf),
    );
    expect(await operationsFor(() => getArticle(allTitled!))).toBe(1);
    expect(await operationsFor(() => getArticle(threeUntitled!))).toBe(2);
    expect(await operationsFor(() => getArticle(elevenUntitled!))).toBe(2);
  });

  it("reads an article page's neighbours and related articles in a fixed number of operations", async () => {
    const { getAdjacentArticles } = await import("./adjacent-queries");
    const { listRelatedArticles } = await import("./related-queries");
    const page = async (title: string) => {
      const [row] = (await counted.article.findMany({ where: { title }, select: { id: true, date: true } })) as [{ id: number; date: Date }];
      return operationsFor(() => Promise.all([getAdjacentArticles({ id: row.id, date: row.date.toISOString().slice(0, 10) }), listRelatedArticles(row.id)]));
    };
    // Five related articles sharing up to seven officials, or two sharing a topic: the same reads.
    expect(await page("劲头不松标准不降力度不减")).toBe(5);
    expect(await page("畅谈加快打造共同富裕先行示范浙中板块")).toBe(5);
  });
});
