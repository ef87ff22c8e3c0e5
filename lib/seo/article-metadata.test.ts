import { describe, expect, it } from "vitest";
import { articleDetail } from "./__fixtures__/article";
import { articleMetadata } from "./article-metadata";

describe("articleMetadata", () => {
  it("titles the page by its headline, describes it by its lead and points to its canonical URL", () => {
    const metadata = articleMetadata(articleDetail());
    expect(metadata.title).toBe("群策群力 合力攻坚");
    expect(metadata.description).toBe("8月2日下午，我市召开除险保安百日攻坚行动工作推进会。");
    expect(metadata.alternates?.canonical).toBe("/articles/7");
  });

  it("keeps the site's feed link, which a page's own alternates would otherwise replace", () => {
    expect(articleMetadata(articleDetail()).alternates?.types).toEqual({ "application/rss+xml": [{ url: "/feed.xml", title: "永康日报 · 要闻档案" }] });
  });

  it("gives Open Graph an article with its publication time, authors and topics", () => {
    expect(articleMetadata(articleDetail()).openGraph).toMatchObject({
      type: "article",
      url: "/articles/7",
      locale: "zh_CN",
      publishedTime: "2022-08-02T00:00:00+08:00",
      modifiedTime: "2024-05-01T08:00:00.000Z",
      authors: ["陈晓苏"],
      tags: ["平安建设与除险保安"],
    });
  });

  it("describes an article without text by its headlines", () => {
    expect(articleMetadata(articleDetail({ paragraphs: [] })).description).toBe(
      "章旭升在全市除险保安百日攻坚行动工作推进会上强调 群策群力 合力攻坚 坚决筑牢防风险保平安护稳定的铜墙铁壁",
    );
  });
});
