import { describe, expect, it } from "vitest";
import { articleDetail } from "@/lib/seo/__fixtures__/article";
import { toArticleJson } from "./article-json";

describe("toArticleJson", () => {
  it("has the article, its citation and URL, and its page with the span", () => {
    const json = toArticleJson(articleDetail(), "https://archive.example");
    expect(Object.keys(json).sort()).toEqual(
      ["bylines", "citation", "date", "id", "kicker", "kind", "officials", "page", "paragraphs", "reporters", "subtitle", "title", "topics", "updatedAt", "url"].sort(),
    );
    expect(json.url).toBe("https://archive.example/articles/7");
    expect(json.citation).toBe("陈晓苏：《群策群力 合力攻坚》，《永康日报》2022年8月2日。");
    expect(json.page).toEqual({ id: 3, date: "2022-08-02", fileName: "002_6ac7b1a4b5ec4ac0.txt", span: [1, 1528], url: "https://archive.example/articles/7/source" });
    expect(json.bylines).toEqual([{ name: "陈晓苏", role: "融媒首席记者", organization: "本报" }]);
    expect(json.reporters).toEqual(["陈晓苏"]);
  });

  it("has no page for an article entered by an editor", () => {
    expect(toArticleJson(articleDetail({ source: null }), "https://archive.example").page).toBeNull();
  });

  it("lists only known journalists as reporters", () => {
    const json = toArticleJson(articleDetail({ bylines: [{ name: "本报特约评论员", role: null, organization: "本报", reporterSlug: null }] }), "https://x");
    expect(json.reporters).toEqual([]);
    expect(json.bylines).toEqual([{ name: "本报特约评论员", role: null, organization: "本报" }]);
  });
});
