import { describe, expect, it } from "vitest";
import { parseArticleFilters } from "@/lib/articles/filters";
import { listCanonical, listMetadata } from "./list-metadata";

const filtersOf = (query: string) => parseArticleFilters(new URLSearchParams(query)).filters;

describe("listCanonical", () => {
  it("is the home page without filters", () => {
    expect(listCanonical(filtersOf(""))).toBe("/");
  });

  it("keeps the filters in one order, whatever order the URL had", () => {
    expect(listCanonical(filtersOf("topic=epidemic-control&official=章旭升"))).toBe(listCanonical(filtersOf("official=章旭升&topic=epidemic-control")));
  });

  it("drops cursors and page sizes but keeps page numbers", () => {
    expect(listCanonical(filtersOf("official=章旭升&limit=5&cursor=2022-08-02_7"))).toBe(`/?official=${encodeURIComponent("章旭升")}`);
    expect(listCanonical(filtersOf("year=2022&page=2&limit=50"))).toBe("/?year=2022&page=2");
  });
});

describe("listMetadata", () => {
  it("names the filters in the title and links the feed of the same filters", () => {
    const metadata = listMetadata(filtersOf("official=章旭升&topic=epidemic-control&page=2"), ["章旭升", "疫情防控"]);
    expect(metadata.title).toBe("章旭升 · 疫情防控的文章（第 2 页）");
    expect(metadata.alternates?.types).toEqual({
      "application/rss+xml": [
        { url: `/feed.xml?official=${encodeURIComponent("章旭升")}&topic=epidemic-control`, title: "永康日报 · 要闻档案 · 章旭升 · 疫情防控" },
      ],
    });
    expect(metadata.openGraph).toMatchObject({ type: "website", url: `/?official=${encodeURIComponent("章旭升")}&topic=epidemic-control&page=2` });
  });

  it("leaves the site's title on the unfiltered first page", () => {
    const metadata = listMetadata(filtersOf(""), []);
    expect(metadata).not.toHaveProperty("title");
    expect(metadata.alternates?.canonical).toBe("/");
    expect(listMetadata(filtersOf("page=3"), []).title).toBe("头版要闻（第 3 页）");
  });

  it("titles a search by its query, keeps crawlers from indexing it and links its feed", () => {
    const metadata = listMetadata(filtersOf("q=数字化改革&year=2022"), ["2022年"]);
    expect(metadata.title).toBe("搜索“数字化改革”（2022年）");
    expect(metadata.robots).toEqual({ index: false, follow: true });
    expect(metadata.alternates?.types).toEqual({
      "application/rss+xml": [{ url: `/feed.xml?q=${encodeURIComponent("数字化改革")}&year=2022`, title: "永康日报 · 要闻档案 · 搜索“数字化改革” · 2022年" }],
    });
    expect(listMetadata(filtersOf("official=章旭升"), ["章旭升"])).not.toHaveProperty("robots");
  });
});
