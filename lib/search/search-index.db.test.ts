// The index on a real PostgreSQL: the behaviour of to_tsvector/to_tsquery('simple', …) the design
// relies on, and the importer and reindexArticles keeping every vector current.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { importPageFile, importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { buildSearchDocument } from "./build-document";
import { buildSearchQuery } from "./build-query";
import { TOKEN_MARK } from "./filter-tokens";
import { reindexAllArticles, reindexArticles } from "./reindex";
import { searchArticles } from "./search-articles";

let db: Database;
let tmpDir: string;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
  tmpDir = await mkdtemp(path.join(tmpdir(), "search-index-test-"));
});
afterAll(async () => {
  await db.$disconnect();
  await rm(tmpDir, { recursive: true, force: true });
});

const vectorOf = async (text: string) => (await db.$queryRaw<[{ v: string }]>`SELECT to_tsvector('simple', ${text})::text AS v`)[0].v;
const matches = async (document: string, query: string) =>
  (await db.$queryRaw<[{ m: boolean }]>`SELECT to_tsvector('simple', ${document}) @@ to_tsquery('simple', ${query}) AS m`)[0].m;

describe("PostgreSQL's 'simple' text search configuration", () => {
  it("keeps CJK bigrams, single characters, words and date tokens intact, one position each", async () => {
    const document = `数字 字化 化 章旭升 2022 年 5g covid19 ${TOKEN_MARK}y2022`;
    expect(await vectorOf(document)).toBe(`'2022':5 '5g':7 'covid19':8 '化':3 '字化':2 '年':6 '数字':1 '章旭升':4 '${TOKEN_MARK}y2022':9`);
  });

  it("numbers the tokens of a document the way indexTokens lists them", async () => {
    const { body } = buildSearchDocument({ kicker: null, title: null, subtitle: null, body: "推进数字化改革（2022年），ＡＢＣ！", date: "2022-08-02", kind: "news" }, () => []);
    const tokens = body.split(" ");
    const vector = await vectorOf(body);
    tokens.forEach((token, i) => expect(vector).toContain(`'${token}':${i + 1}`));
  });

  it("matches bigram phrases in order only, prefixes inside bigrams, and weights", async () => {
    const document = "数字 字化 化改 改革 革";
    expect(await matches(document, "'数字' <-> '字化' <-> '化改' <-> '改革'")).toBe(true);
    expect(await matches(document, "'改革' <-> '数字'")).toBe(false);
    expect(await matches(document, "'革':*")).toBe(true);
    const weighted = (await db.$queryRaw<[{ a: boolean; b: boolean }]>`
      SELECT v @@ to_tsquery('simple', '''改革'':A') AS a, v @@ to_tsquery('simple', '''数字'':*A') AS b
        FROM (SELECT setweight(to_tsvector('simple', '改革 革'), 'A') || setweight(to_tsvector('simple', '数字 字'), 'B') AS v) x`)[0];
    expect(weighted).toEqual({ a: true, b: false });
  });

  it("parses every tsquery the query builder writes", async () => {
    for (const raw of ["章旭升 -疫情", '"除险 保安"', "疫", "數字化改革", "2022年 covid-19", "ＡＢＣ", "<script>", "'; DROP TABLE x; --"]) {
      const query = buildSearchQuery(raw);
      for (const text of [query.match, query.gate, query.exclude, query.rank, ...query.headline]) {
        if (text !== null) await expect(db.$queryRaw`SELECT to_tsquery('simple', ${text})::text`).resolves.toBeDefined();
      }
    }
  });
});

describe("keeping the index current", () => {
  beforeEach(async () => {
    await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people RESTART IDENTITY CASCADE`;
  });

  const withoutVector = async () => (await db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM articles WHERE search_vector IS NULL`)[0].n;
  const found = async (query: string) => (await searchArticles(db, { query })).hits.map((hit) => hit.id);

  it("indexes every article the importer creates, in the page's transaction", async () => {
    await importPageFiles(db, await readSeedManifest());
    expect(await db.article.count()).toBe(14);
    expect(await withoutVector()).toBe(0);
  });

  it("reindexes an article a re-import changes", async () => {
    const [first] = await readSeedManifest();
    if (!first) throw new Error("empty manifest");
    await importPageFile(db, first);
    const before = await found("舆情管控");
    expect(before).toHaveLength(1);

    const changed = path.join(tmpDir, path.basename(first.file));
    await writeFile(changed, (await readFile(first.file, "utf8")).replace("舆情管控", "舆情管理"));
    expect((await importPageFile(db, { file: changed, date: first.date })).outcome).toBe("updated");
    expect(await found("舆情管控")).toEqual([]);
    expect(await found("舆情管理")).toEqual(before);
  });

  it("rebuilds vectors with reindexArticles after an edit, and all of them with reindexAllArticles", async () => {
    await importPageFiles(db, await readSeedManifest());
    const article = await db.article.findFirstOrThrow({ where: { title: "双向奔赴 收获幸福" } });
    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: article.id }, data: { title: "城市更新 双向奔赴" } });
      await reindexArticles(tx, [article.id]);
    });
    expect(await found("城市更新")).toContain(article.id);

    await db.$executeRaw`UPDATE articles SET search_vector = NULL`;
    expect(await reindexAllArticles(db, { onlyMissing: true })).toBe(14);
    expect(await withoutVector()).toBe(0);
    expect(await found("城市更新")).toContain(article.id);
  });
});
