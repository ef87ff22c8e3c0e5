// The synthetic corpus on a database of its own: linked rows for every filter, and search vectors
// identical to the ones reindexArticles writes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { reindexAllArticles } from "@/lib/search/reindex";
import { createScratchDatabase, type ScratchDatabase } from "@/test/database";
import { loadCorpus } from "./corpus-load";

let scratch: ScratchDatabase;
let db: Database;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await applyMigrations(scratch.url);
  db = createPrismaClient(scratch.url, { max: 2 });
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

async function vectors(): Promise<Map<number, string>> {
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; v: string }>("SELECT id, search_vector::text AS v FROM articles ORDER BY id");
    return new Map(rows.map((row) => [row.id, row.v]));
  } finally {
    await client.end();
  }
}

describe("loadCorpus", () => {
  it("loads articles with officials, journalists, topics and search vectors", async () => {
    const summary = await loadCorpus({ url: scratch.url, articles: 60, batchSize: 25 });
    expect(summary).toMatchObject({ articles: 60, removed: 0 });
    expect(await db.article.count({ where: { contentHash: { startsWith: "corpus:" }, pageId: null } })).toBe(60);
    expect(await db.articleOfficial.count()).toBeGreaterThan(60);
    expect(await db.articleByline.count()).toBeGreaterThan(40);
    expect(await db.articleTopic.count()).toBeGreaterThan(0);
    const years = await db.article.aggregate({ _min: { date: true }, _max: { date: true } });
    expect(years._min.date?.getUTCFullYear()).toBe(2014);
    expect(years._max.date?.getUTCFullYear()).toBe(2024);
  });

  it("writes the vectors reindexArticles would write", async () => {
    const loaded = await vectors();
    expect([...loaded.values()].every((vector) => vector && vector.length > 0)).toBe(true);
    await reindexAllArticles(db);
    expect(await vectors()).toEqual(loaded);
  });

  it("replaces the previous corpus with the same articles when loaded again", async () => {
    const titles = async () => (await db.article.findMany({ orderBy: { date: "asc" }, select: { title: true, body: true } })).map((a) => `${a.title}|${a.body.length}`);
    const before = await titles();
    expect(await loadCorpus({ url: scratch.url, articles: 60, batchSize: 25 })).toMatchObject({ removed: 60 });
    expect(await titles()).toEqual(before);
  });
});
