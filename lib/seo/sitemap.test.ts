import { describe, expect, it } from "vitest";
import { parseSitemapId, sitemapIds, URLS_PER_SITEMAP } from "./sitemap-chunks";
import { buildSitemapIndex, sitemapPath } from "./sitemap-index";

describe("sitemap chunks", () => {
  it("needs one file per 50,000 ids of articles and of people, after the sections", () => {
    expect(sitemapIds({ maxArticleId: 0, maxPersonId: 0 })).toEqual(["sections"]);
    expect(sitemapIds({ maxArticleId: 14, maxPersonId: 60 })).toEqual(["sections", "people-0", "articles-0"]);
    const million = sitemapIds({ maxArticleId: 1_000_000, maxPersonId: 50_001 });
    expect(million.filter((id) => id.startsWith("articles-"))).toHaveLength(20);
    expect(million.filter((id) => id.startsWith("people-"))).toEqual(["people-0", "people-1"]);
  });

  it("maps each file to an id range of at most 50,000", () => {
    expect(parseSitemapId("articles-0")).toEqual({ kind: "articles", firstId: 1, lastId: URLS_PER_SITEMAP });
    expect(parseSitemapId("articles-19")).toEqual({ kind: "articles", firstId: 950_001, lastId: 1_000_000 });
    expect(parseSitemapId("people-1")).toEqual({ kind: "people", firstId: 50_001, lastId: 100_000 });
    expect(parseSitemapId("sections")).toEqual({ kind: "sections" });
  });

  it("knows every id it hands out and nothing else", () => {
    for (const id of sitemapIds({ maxArticleId: 123_456, maxPersonId: 7 })) expect(parseSitemapId(id)).not.toBeNull();
    for (const id of ["articles", "articles-", "articles-01", "articles--1", "articles-1.5", "pages-0", "articles-1;drop", "x".repeat(100)]) {
      expect(parseSitemapId(id)).toBeNull();
    }
  });
});

describe("buildSitemapIndex", () => {
  it("lists each sitemap file's absolute URL, escaped", () => {
    const xml = buildSitemapIndex(["https://archive.example/sitemaps/sitemap/sections.xml", "https://archive.example/a?b&c"]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<sitemap><loc>https://archive.example/sitemaps/sitemap/sections.xml</loc></sitemap>");
    expect(xml).toContain("<loc>https://archive.example/a?b&amp;c</loc>");
    expect(sitemapPath("articles-3")).toBe("/sitemaps/sitemap/articles-3.xml");
  });
});
