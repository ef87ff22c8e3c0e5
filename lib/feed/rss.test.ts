import { describe, expect, it } from "vitest";
import { buildRss, rfc822Date, type FeedChannel, type FeedItem } from "./rss";

const channel: FeedChannel = {
  title: "永康日报 · 要闻档案 · 章旭升",
  link: "https://archive.example/?official=%E7%AB%A0%E6%97%AD%E5%8D%87",
  selfUrl: "https://archive.example/feed.xml?official=%E7%AB%A0%E6%97%AD%E5%8D%87&topic=a&kind=news",
  description: "最新文章",
};

const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  title: "群策群力 合力攻坚",
  url: "https://archive.example/articles/7",
  date: "2022-08-02",
  description: "8月2日下午，我市召开除险保安百日攻坚行动推进会。",
  categories: ["平安建设与除险保安"],
  creators: ["陈晓苏"],
  ...overrides,
});

describe("rfc822Date", () => {
  it("writes the paper's date as midnight in China with the weekday", () => {
    expect(rfc822Date("2022-08-02")).toBe("Tue, 02 Aug 2022 00:00:00 +0800");
    expect(rfc822Date("2020-12-23")).toBe("Wed, 23 Dec 2020 00:00:00 +0800");
    expect(rfc822Date("2024-02-29")).toBe("Thu, 29 Feb 2024 00:00:00 +0800");
  });
});

describe("buildRss", () => {
  it("writes an RSS 2.0 channel with its self link and language", () => {
    const xml = buildRss(channel, [item()]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain("<title>永康日报 · 要闻档案 · 章旭升</title>");
    expect(xml).toContain('<atom:link href="https://archive.example/feed.xml?official=%E7%AB%A0%E6%97%AD%E5%8D%87&amp;topic=a&amp;kind=news" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<language>zh-CN</language>");
    expect(xml.trimEnd().endsWith("</channel>\n</rss>")).toBe(true);
  });

  it("writes one item per article with a permanent guid, date, topics and journalists", () => {
    const xml = buildRss(channel, [item(), item({ title: "第二篇", url: "https://archive.example/articles/8", date: "2022-08-01", categories: [], creators: [] })]);
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain(
      "<item><title>群策群力 合力攻坚</title><link>https://archive.example/articles/7</link>" +
        '<guid isPermaLink="true">https://archive.example/articles/7</guid><pubDate>Tue, 02 Aug 2022 00:00:00 +0800</pubDate>' +
        "<description>8月2日下午，我市召开除险保安百日攻坚行动推进会。</description>" +
        "<category>平安建设与除险保安</category><dc:creator>陈晓苏</dc:creator></item>",
    );
    // The channel's date is its newest item's.
    expect(xml).toContain("</language>\n<pubDate>Tue, 02 Aug 2022 00:00:00 +0800</pubDate>");
  });

  it("escapes markup from article text and strips characters XML 1.0 forbids", () => {
    const xml = buildRss(channel, [item({ title: "<script>alert(1)</script> & 更多", description: "正文\u0000含\u001B控制符\uD800与“引号”" })]);
    expect(xml).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 更多</title>");
    expect(xml).toContain("<description>正文含控制符与“引号”</description>");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toContain("<script>");
  });

  it("writes a valid empty channel when no article matches", () => {
    const xml = buildRss(channel, []);
    expect(xml).not.toContain("<item>");
    expect(xml).not.toContain("<pubDate>");
    expect(xml).toContain("<channel>");
  });
});
