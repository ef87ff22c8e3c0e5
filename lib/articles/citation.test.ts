import { describe, expect, it } from "vitest";
import { formatCitation, type CitableArticle } from "./citation";

const article = (overrides: Partial<CitableArticle> = {}): CitableArticle => ({
  kind: "news",
  title: "群策群力 合力攻坚",
  date: "2022-08-02",
  bylines: [{ name: "陈晓苏" }],
  source: { pageDate: "2022-08-02" },
  ...overrides,
});

describe("formatCitation", () => {
  it("names the journalist, the headline and the paper's issue", () => {
    expect(formatCitation(article())).toBe("陈晓苏：《群策群力 合力攻坚》，《永康日报》2022年8月2日。");
  });

  it("joins several journalists and cites the issue date, not the dateline", () => {
    const cited = formatCitation(article({ date: "2022-08-01", bylines: [{ name: "楼盼" }, { name: "陈晓苏" }] }));
    expect(cited).toBe("楼盼、陈晓苏：《群策群力 合力攻坚》，《永康日报》2022年8月2日。");
  });

  it("uses the article's own date when it came from no page", () => {
    expect(formatCitation(article({ source: null, date: "2021-09-22" }))).toContain("《永康日报》2021年9月22日");
  });

  it("cites unsigned articles by headline and photos by kind", () => {
    expect(formatCitation(article({ bylines: [] }))).toBe("《群策群力 合力攻坚》，《永康日报》2022年8月2日。");
    expect(formatCitation(article({ kind: "photo", title: null, bylines: [{ name: "卢斌" }] }))).toBe("卢斌：图片新闻，《永康日报》2022年8月2日。");
  });
});
