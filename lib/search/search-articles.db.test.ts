// Search over the fourteen seed articles: the result set and its order, pinned for every kind of query.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/create-client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { clearOfficialPinyinCache } from "./official-names";
import { clearRecentWindowCache } from "./recent-window";
import { explainSearchArticles, searchArticles, type SearchArticlesOptions, type SearchFilters } from "./search-articles";

let db: Database;
/** Article id → its title (the photo caption has none: "photo"). */
let titleOf: Map<number, string>;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), { max: 2 });
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
  clearOfficialPinyinCache();
  clearRecentWindowCache();
  titleOf = new Map((await db.article.findMany({ select: { id: true, title: true } })).map((article) => [article.id, article.title ?? "photo"]));
});
afterAll(async () => {
  await db.$disconnect();
});

/** The titles of the hits, checking that the total counts them all (every seed result fits one page). */
async function titles(query: string, options: Omit<SearchArticlesOptions, "query"> = {}): Promise<string[]> {
  const result = await searchArticles(db, { query, ...options });
  expect(result.total).toBe(result.hits.length);
  expect(result.isTotalCapped).toBe(false);
  return result.hits.map((hit) => titleOf.get(hit.id) ?? `#${hit.id}`);
}

const officialId = async (name: string) => (await db.person.findFirstOrThrow({ where: { name, kind: "official" } })).id;

// Headline matches first (kicker, title, subtitle), then closeness (ts_rank_cd), then the newest.
const ZHANG_XUSHENG = [
  "弘扬伟大抗疫精神 凝聚前行信心力量",
  "着力实现依法治网与以德润网有机统一",
  "群策群力 合力攻坚",
  "劲头不松标准不降力度不减",
  "全面起势 全力突破",
  "坚持创新突破 聚力提质增效",
  "扎实做好除险保安工作",
  "拼搏实干争先进位 开创发展崭新局面",
  "着力数字赋能 推动共富先行",
  "解放思想改革创新 担当务实推动发展",
];
const DIGITAL_REFORM = ["全面起势 全力突破", "着力数字赋能 推动共富先行", "着力实现依法治网与以德润网有机统一"];
const RISK_AND_SAFETY = ["群策群力 合力攻坚", "扎实做好除险保安工作"];
const ZHANG_NOT_EPIDEMIC = [
  "着力实现依法治网与以德润网有机统一",
  "全面起势 全力突破",
  "坚持创新突破 聚力提质增效",
  "扎实做好除险保安工作",
  "拼搏实干争先进位 开创发展崭新局面",
  "着力数字赋能 推动共富先行",
];

describe("searchArticles on the seed articles", () => {
  it.each([
    ["a name", "章旭升", ZHANG_XUSHENG],
    ["a name in pinyin", "zhangxusheng", ZHANG_XUSHENG],
    ["a name in pinyin syllables", "zhang xu sheng", ZHANG_XUSHENG],
    ["a word", "数字化改革", DIGITAL_REFORM],
    ["a word in traditional characters", "數字化改革", DIGITAL_REFORM],
    ["a quoted phrase", '"除险保安"', RISK_AND_SAFETY],
    ["a phrase in full-width quotes", "＂除险保安＂", RISK_AND_SAFETY],
    ["a phrase whose parts are typed apart", "“除险 保安”", RISK_AND_SAFETY],
    ["two required terms", "章旭升 数字化改革", ["全面起势 全力突破", "着力实现依法治网与以德润网有机统一", "着力数字赋能 推动共富先行"]],
    ["an exclusion", "章旭升 -疫情", ZHANG_NOT_EPIDEMIC],
    ["an exclusion with a full-width minus", "章旭升 －疫情", ZHANG_NOT_EPIDEMIC],
    ["one character", "疫", ["劲头不松标准不降力度不减", "弘扬伟大抗疫精神 凝聚前行信心力量", "着力实现依法治网与以德润网有机统一", "解放思想改革创新 担当务实推动发展", "群策群力 合力攻坚"]],
    ["a two-character word", "疫情", ["劲头不松标准不降力度不减", "弘扬伟大抗疫精神 凝聚前行信心力量", "解放思想改革创新 担当务实推动发展", "群策群力 合力攻坚"]],
    ["a place from the dictionary", "东城街道", ["群策群力 合力攻坚"]],
    ["digits", "152", ["全面起势 全力突破"]],
    ["full-width digits", "１５２", ["全面起势 全力突破"]],
    ["the characters of a word in the wrong order", "保安除险", []],
    ["a word not in the archive", "无此词", []],
  ])("finds %s: %s", async (_kind, query, expected) => {
    expect(await titles(query)).toEqual(expected);
  });

  it.each([
    ["empty", ""],
    ["spaces", "   "],
    ["punctuation only", "！？。，、“”"],
    ["10,000 characters", "疫".repeat(10_000)],
    ["an SQL fragment", "'; DROP TABLE articles; --"],
    ["an HTML fragment", "<script>alert(1)</script>"],
  ])("answers an absurd query (%s) with nothing, never an error", async (_kind, query) => {
    expect(await searchArticles(db, { query })).toMatchObject({ hits: [], total: 0, isTotalCapped: false });
    expect(await db.article.count()).toBe(14);
  });

  it("finds every article but the excluded ones for a query of exclusions only, newest first", async () => {
    const found = await titles("-疫情");
    expect(found).toHaveLength(10);
    expect(found.slice(0, 3)).toEqual(["photo", "坚持创新突破 聚力提质增效", "扎实做好除险保安工作"]);
    expect(found).not.toContain("劲头不松标准不降力度不减");
  });

  it.each<[string, string, () => Promise<SearchFilters>, string[]]>([
    ["an official", "章旭升", async () => ({ officialIds: [await officialId("胡勇春")] }), ["群策群力 合力攻坚", "劲头不松标准不降力度不减", "全面起势 全力突破", "坚持创新突破 聚力提质增效", "扎实做好除险保安工作"]],
    ["a topic", "章旭升", async () => ({ topicId: (await db.topic.findUniqueOrThrow({ where: { slug: "epidemic-control" } })).id }), ["弘扬伟大抗疫精神 凝聚前行信心力量", "劲头不松标准不降力度不减"]],
    ["a reporter", "章旭升", async () => ({ reporterId: (await db.person.findFirstOrThrow({ where: { name: "张赤奎", kind: "journalist" } })).id }), ["全面起势 全力突破"]],
    ["a date range", "改革", async () => ({ from: "2022-01-01", to: "2022-12-31" }), ["全面起势 全力突破", "着力数字赋能 推动共富先行"]],
    ["a date range and a kind", "金华", async () => ({ from: "2023-04-01", to: "2023-04-30", kind: "news" }), ["坚持创新突破 聚力提质增效", "扎实做好除险保安工作"]],
    ["a kind nothing matches", "疫情", async () => ({ kind: "commentary" }), []],
    ["an official, for exclusions only", "-疫情", async () => ({ officialIds: [await officialId("章旭升")] }), ["坚持创新突破 聚力提质增效", "扎实做好除险保安工作", "着力数字赋能 推动共富先行", "全面起势 全力突破", "着力实现依法治网与以德润网有机统一", "拼搏实干争先进位 开创发展崭新局面"]],
  ])("combines the query with %s", async (_kind, query, filters, expected) => {
    expect(await titles(query, { filters: await filters() })).toEqual(expected);
  });

  it("sorts by date: newest first, page order within a day", async () => {
    expect(await titles("章旭升", { sort: "date" })).toEqual([
      "坚持创新突破 聚力提质增效",
      "扎实做好除险保安工作",
      "群策群力 合力攻坚",
      "着力数字赋能 推动共富先行",
      "全面起势 全力突破",
      "劲头不松标准不降力度不减",
      "着力实现依法治网与以德润网有机统一",
      "解放思想改革创新 担当务实推动发展",
      "拼搏实干争先进位 开创发展崭新局面",
      "弘扬伟大抗疫精神 凝聚前行信心力量",
    ]);
  });

  it("pages through the results with limit and offset, keeping the total", async () => {
    const page = await searchArticles(db, { query: "章旭升", limit: 3, offset: 3 });
    expect(page.total).toBe(10);
    expect(page.hits.map((hit) => titleOf.get(hit.id))).toEqual(ZHANG_XUSHENG.slice(3, 6));
    expect(await searchArticles(db, { query: "章旭升", offset: 40 })).toMatchObject({ hits: [], total: 10 });
  });

  it("reports headline hits and ranks, and the terms to highlight", async () => {
    const result = await searchArticles(db, { query: "章旭升 數字化改革" });
    expect(result.hits.map((hit) => hit.headlineHits)).toEqual([1, 1, 0]);
    expect(result.hits[0]?.rank).toBeGreaterThan(0);
    expect(result.query.highlight).toEqual(["数字化改革", "數字化改革", "章旭升"]);
  });

  it("takes the GIN index to find candidates, never a sequential scan of the articles", async () => {
    for (const query of ["章旭升", "疫 -防控", "数字化改革"]) {
      const plan = await explainSearchArticles(db, { query, filters: { from: "2020-01-01", to: "2023-12-31", kind: "news" } });
      expect(plan).toContain("Bitmap Index Scan on articles_search_vector_idx");
      expect(plan).not.toMatch(/Seq Scan on articles/);
    }
  });
});
