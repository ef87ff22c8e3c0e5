import { describe, expect, it } from "vitest";
import { articleDetail } from "./__fixtures__/article";
import { newsArticleJsonLd, serializeJsonLd } from "./json-ld";

const ORIGIN = "https://archive.example";

describe("newsArticleJsonLd", () => {
  it("describes the article as a NewsArticle by its journalists, published by 永康日报 in zh-CN", () => {
    expect(newsArticleJsonLd(articleDetail(), ORIGIN)).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "群策群力 合力攻坚",
      alternativeHeadline: "章旭升在全市除险保安百日攻坚行动工作推进会上强调 坚决筑牢防风险保平安护稳定的铜墙铁壁",
      datePublished: "2022-08-02T00:00:00+08:00",
      dateModified: "2024-05-01T08:00:00.000Z",
      author: [{ "@type": "Person", name: "陈晓苏", url: `${ORIGIN}/reporters/${encodeURIComponent("陈晓苏")}` }],
      publisher: { "@type": "NewsMediaOrganization", name: "永康日报" },
      inLanguage: "zh-CN",
      url: `${ORIGIN}/articles/7`,
      mainEntityOfPage: { "@id": `${ORIGIN}/articles/7` },
      keywords: ["平安建设与除险保安"],
    });
  });

  it("credits the paper when no journalist signs, and names photos by kind", () => {
    const ld = newsArticleJsonLd(articleDetail({ kind: "photo", title: null, kicker: null, subtitle: null, bylines: [] }), ORIGIN);
    expect(ld.headline).toBe("图片新闻");
    expect(ld.author).toEqual([{ "@type": "NewsMediaOrganization", name: "永康日报", url: ORIGIN }]);
    expect(ld).not.toHaveProperty("alternativeHeadline");
  });

  it("keeps a signature without a reporter page as a name only", () => {
    const ld = newsArticleJsonLd(articleDetail({ bylines: [{ name: "本报特约评论员", role: "特约评论员", organization: "本报", reporterSlug: null }] }), ORIGIN);
    expect(ld.author).toEqual([{ "@type": "Person", name: "本报特约评论员" }]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its script element, whatever the article says", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script>", note: "a & b > c\u2028" });
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>", note: "a & b > c\u2028" });
  });
});
