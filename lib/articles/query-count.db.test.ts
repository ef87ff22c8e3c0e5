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

  it("reads an article with its officials, bylines and topics in one operation", async () => {
    const [{ id }] = (await counted.article.findMany({ where: { title: "群策群力 合力攻坚" }, select: { id: true } })) as [{ id: number }];
    expect(await operationsFor(() => getArticle(id))).toBe(1);
  });
});
