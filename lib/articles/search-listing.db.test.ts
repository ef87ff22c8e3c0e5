// The article list with `q`: search results combined with every filter, facets over the matches,
// highlights, sorting and paging, on the seed pages.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { importPageFiles } from "@/lib/ingest/import-files";
import { readSeedManifest } from "@/lib/ingest/manifest";
import { clearOfficialPinyinCache } from "@/lib/search/official-names";
import { clearRecentWindowCache } from "@/lib/search/recent-window";
import { parseArticleFilters } from "./filters";
import { getArticleListing } from "./listing";

vi.mock("server-only", () => ({}));

beforeAll(async () => {
  await db.$executeRaw`TRUNCATE pages, articles, article_revisions, people RESTART IDENTITY CASCADE`;
  await importPageFiles(db, await readSeedManifest());
  clearOfficialPinyinCache();
  clearRecentWindowCache();
});
afterAll(async () => {
  await db.$disconnect();
});

const list = (query: string) => getArticleListing(parseArticleFilters(new URLSearchParams(query)));
const titles = async (query: string) => (await list(query)).page.items.map((item) => item.title ?? "photo");
const marked = (segments: { text: string; isMatch: boolean }[] | null | undefined) => (segments ?? []).filter((s) => s.isMatch).map((s) => s.text);

const DIGITAL_REFORM = ["全面起势 全力突破", "着力数字赋能 推动共富先行", "着力实现依法治网与以德润网有机统一"];

describe("the list with a search query", () => {
  it("ranks the matches: headline hits first", async () => {
    const listing = await list("q=数字化改革");
    expect(listing.search).toMatchObject({ sort: "relevance", isTotalCapped: false });
    expect(listing.page.total).toBe(3);
    expect(listing.page.items.map((item) => item.title)).toEqual(DIGITAL_REFORM);
    expect(listing.chips[0]).toEqual({ param: "q", value: "数字化改革", label: "“数字化改革”" });
  });

  it("combines the query with an official, a date range, a kind and a reporter", async () => {
    expect(await titles("q=数字化改革&official=朱重烈")).toEqual(["着力数字赋能 推动共富先行"]);
    expect(await titles("q=数字化改革&from=2022-01-01&to=2022-12-31")).toEqual(["全面起势 全力突破", "着力数字赋能 推动共富先行"]);
    expect(await titles("q=城市更新&kind=commentary")).toEqual(["双向奔赴 收获幸福"]);
    expect(await titles("q=除险保安&reporter=陈晓苏")).toEqual(["群策群力 合力攻坚", "扎实做好除险保安工作"]);
  });

  it("sorts by date on request: newest first", async () => {
    const listing = await list("q=章旭升&sort=date&limit=100");
    const dates = listing.page.items.map((item) => item.date);
    expect(dates).toHaveLength(10);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(listing.search?.sort).toBe("date");
  });

  it("counts the facets over the matches only", async () => {
    const { facets, page } = await list("q=数字化改革");
    expect(facets.years).toEqual([
      { key: "2022", label: "2022年", count: 2 },
      { key: "2021", label: "2021年", count: 1 },
    ]);
    expect(facets.kinds.reduce((sum, entry) => sum + entry.count, 0)).toBe(page.total);
  });

  it("marks the terms in the headline and shows the matching passage of the body", async () => {
    const [first] = (await list("q=数字化改革")).page.items;
    expect(first?.highlights).toBeDefined();
    const snippet = first?.highlights?.snippet ?? [];
    expect(marked(snippet)).toContain("数字化改革");
    expect(snippet.map((segment) => segment.text).join("").length).toBeLessThan(140);

    const [byName] = (await list("q=zhangxusheng")).page.items;
    expect(marked(byName?.highlights?.snippet)).toContain("章旭升");
    const [byKicker] = (await list("q=除险保安")).page.items;
    expect([...marked(byKicker?.highlights?.kicker), ...marked(byKicker?.highlights?.title)]).toContain("除险保安");
  });

  it("pages the results by page number and by search cursor, without repeating one", async () => {
    const first = await list("q=章旭升&limit=4");
    const second = await list("q=章旭升&limit=4&page=2");
    const byCursor = await list(`q=章旭升&limit=4&cursor=${first.page.next}`);
    expect(first.page.next).toBe("s4");
    expect(byCursor.page.items.map((item) => item.id)).toEqual(second.page.items.map((item) => item.id));
    const third = await list("q=章旭升&limit=4&page=3");
    const ids = [first, second, third].flatMap((listing) => listing.page.items.map((item) => item.id));
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(third.page.next).toBeNull();
  });

  it("suggests removing the query or a filter when nothing matches, with the counts", async () => {
    const { page, suggestions } = await list("q=数字化改革&kind=commentary");
    expect(page.total).toBe(0);
    expect(suggestions).toEqual([
      { param: "q", value: "数字化改革", label: "“数字化改革”", count: 1 },
      { param: "kind", value: "commentary", label: "评论", count: 3 },
    ]);
  });

  it.each([
    ["punctuation only", "！？。，"],
    ["spaces and symbols", "  ——《》…  "],
  ])("shows the whole list with a notice for a query with nothing searchable (%s)", async (_kind, query) => {
    const listing = await list(`q=${encodeURIComponent(query)}`);
    expect(listing.search).toBeNull();
    expect(listing.page.total).toBe(14);
    expect(listing.invalid).toEqual([expect.objectContaining({ param: "q" })]);
    expect(listing.filters.q).toBeUndefined();
  });

  it.each([
    ["an HTML fragment", "<script>alert(1)</script>"],
    ["an SQL fragment", "'; DROP TABLE articles; --"],
  ])("searches %s as plain words, finding nothing and changing nothing", async (_kind, query) => {
    const listing = await list(`q=${encodeURIComponent(query)}`);
    expect(listing.search).not.toBeNull();
    expect(listing.page.total).toBe(0);
    expect(await db.article.count()).toBe(14);
  });

  it("answers a 10,000-character query and a word not in the archive with an empty result, never an error", async () => {
    const long = await list(`q=${"数字化改革".repeat(2_000)}`);
    expect(long.page.items).toEqual([]);
    const missing = await list("q=无此词");
    expect(missing.page.total).toBe(0);
    expect(missing.suggestions).toEqual([{ param: "q", value: "无此词", label: "“无此词”", count: 14 }]);
  });

  it("refuses a list cursor on search results and a search cursor on the list, naming the parameter", async () => {
    const search = await list("q=章旭升&cursor=2022-08-02_3");
    expect(search.invalid).toEqual([expect.objectContaining({ param: "cursor" })]);
    expect(search.page.items).toHaveLength(10);
    const plain = await list("cursor=s20");
    expect(plain.invalid).toEqual([expect.objectContaining({ param: "cursor" })]);
    expect(plain.page.total).toBe(14);
  });
});
