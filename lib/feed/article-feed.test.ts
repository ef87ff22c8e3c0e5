import { describe, expect, it } from "vitest";
import { parseArticleFilters } from "@/lib/articles/filters";
import type { ArticleSummary } from "@/lib/articles/queries";
import { buildArticleFeed, feedHref } from "./article-feed";

const filtersOf = (query: string) => parseArticleFilters(new URLSearchParams(query)).filters;

const summary = (overrides: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: 14,
  kind: "news",
  kicker: "章旭升在疫情防控工作视频调度会上强调",
  title: "劲头不松标准不降力度不减",
  subtitle: "慎终如始抓好疫情防控工作",
  date: "2022-01-11",
  reporters: ["陈晓苏"],
  officials: ["章旭升"],
  topics: [{ slug: "epidemic-control", name: "疫情防控" }],
  lead: "1月11日，市委书记章旭升主持召开调度会。",
  ...overrides,
});

describe("feedHref", () => {
  it("carries the list's filters but not its paging", () => {
    expect(feedHref(filtersOf("official=章旭升&topic=疫情防控&page=3&cursor=2022-01-11_14"))).toBe(
      `/feed.xml?official=${encodeURIComponent("章旭升")}&topic=${encodeURIComponent("疫情防控")}`,
    );
    expect(feedHref({})).toBe("/feed.xml");
  });
});

describe("buildArticleFeed", () => {
  const xml = buildArticleFeed({
    origin: "https://archive.example",
    filters: filtersOf("official=章旭升&topic=epidemic-control&limit=5"),
    labels: ["章旭升", "疫情防控"],
    articles: [summary(), summary({ id: 10, kind: "photo", kicker: null, title: null, subtitle: null, topics: [], reporters: ["卢斌"] })],
  });

  it("names the channel after the filters and links the filtered list and itself", () => {
    expect(xml).toContain("<title>永康日报 · 要闻档案 · 章旭升 · 疫情防控</title>");
    expect(xml).toContain(`<link>https://archive.example/?official=${encodeURIComponent("章旭升")}&amp;topic=epidemic-control</link>`);
    expect(xml).toContain(`href="https://archive.example/feed.xml?official=${encodeURIComponent("章旭升")}&amp;topic=epidemic-control&amp;limit=5"`);
  });

  it("gives each article its URL, date, headlines and lead, topics and journalists", () => {
    expect(xml).toContain("<title>劲头不松标准不降力度不减</title><link>https://archive.example/articles/14</link>");
    expect(xml).toContain("<pubDate>Tue, 11 Jan 2022 00:00:00 +0800</pubDate>");
    expect(xml).toContain("<description>章旭升在疫情防控工作视频调度会上强调　慎终如始抓好疫情防控工作　1月11日，市委书记章旭升主持召开调度会。</description>");
    expect(xml).toContain("<category>疫情防控</category><dc:creator>陈晓苏</dc:creator>");
    expect(xml).toContain("<title>图片新闻</title><link>https://archive.example/articles/10</link>");
  });
});
