// Articles written in the paper's style on subjects the seed pages barely cover
// (__fixtures__/general-articles.ts), scored with the default taxonomy.
import { describe, expect, it } from "vitest";
import { GENERAL_ARTICLES } from "./__fixtures__/general-articles";
import { scoreTopics } from "./score-topics";
import { DEFAULT_TAXONOMY } from "./taxonomy";

const EXPECTED: Record<string, string[]> = {
  "rural-future-village": ["rural-revitalization"],
  "business-value-added-reform": ["business-environment"],
  // 80 characters of body: the headline alone makes it an urban-renewal story.
  "urban-old-estates": ["urban-renewal"],
  "hardware-expo": ["hardware-industry"],
  "party-clean-governance": ["party-building"],
  // Sport: no topic of this taxonomy applies.
  "no-topic-fitness-games": [],
  // 受疫情影响 once in a long export report is not an epidemic story.
  "industry-passing-epidemic": ["hardware-industry"],
  // A one-line caption whose only keyword is 核酸检测.
  "caption-nucleic-test": ["epidemic-control"],
};

describe("scoreTopics on articles outside the seeds", () => {
  it("covers every fixture", () => {
    expect(GENERAL_ARTICLES.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const article of GENERAL_ARTICLES) {
    const expected = EXPECTED[article.id] ?? [];
    it(`${article.id} → ${expected.join(", ") || "no topic"}`, () => {
      expect(scoreTopics(article, DEFAULT_TAXONOMY).map((t) => t.slug).sort()).toEqual([...expected].sort());
    });
  }

  it("keeps the passing mention of 疫情 well below the threshold", () => {
    const article = GENERAL_ARTICLES.find((a) => a.id === "industry-passing-epidemic");
    const all = scoreTopics(article ?? { body: "" }, DEFAULT_TAXONOMY, { threshold: 0, maxTopics: 99 });
    expect(all.find((t) => t.slug === "epidemic-control")?.matches).toEqual([{ keyword: "疫情", count: 1 }]);
  });

  it("gives the same topics when the article is reflowed with different OCR line breaks", () => {
    for (const article of GENERAL_ARTICLES) {
      const reflowed = { ...article, body: article.body.replace(/(.{13})/gu, "$1\n").replace(/(.{5})/gu, "$1 ") };
      expect(scoreTopics(reflowed, DEFAULT_TAXONOMY)).toEqual(scoreTopics(article, DEFAULT_TAXONOMY));
    }
  });
});
