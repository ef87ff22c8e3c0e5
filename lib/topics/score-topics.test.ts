// The scoring rules, one at a time, on a small hand-made taxonomy.
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD, HEADLINE_FACTOR, MIN_BODY_CHARS, scoreTopics, type ScorableTopic } from "./score-topics";

const TAXONOMY: ScorableTopic[] = [
  { slug: "epidemic", rules: [{ keyword: "疫情", weight: 1 }, { keyword: "疫情防控", weight: 3 }, { keyword: "核酸", weight: 2 }] },
  { slug: "planning", rules: [{ keyword: "十四五", weight: 3 }, { keyword: "5g", weight: 2 }] },
  { slug: "reform", rules: [{ keyword: "数字化改革", weight: 3 }] },
  { slug: "economy", rules: [{ keyword: "数字化", weight: 3 }] },
];
const ALL = { threshold: 0, maxTopics: 99 };
const filler = (n: number): string => "会".repeat(n);
const score = (article: Parameters<typeof scoreTopics>[0], slug: string): number =>
  scoreTopics(article, TAXONOMY, ALL).find((t) => t.slug === slug)?.score ?? 0;

describe("scoreTopics", () => {
  it("gives body hits per 1,000 characters, and headline hits HEADLINE_FACTOR times the weight", () => {
    expect(score({ body: `疫情防控${filler(996)}` }, "epidemic")).toBe(3);
    expect(score({ body: `疫情防控${filler(1996)}` }, "epidemic")).toBe(1.5);
    expect(score({ title: "疫情防控", body: filler(2000) }, "epidemic")).toBe(3 * HEADLINE_FACTOR);
    expect(score({ kicker: "疫情防控", title: "核酸", subtitle: "疫情", body: filler(2000) }, "epidemic")).toBe(6 * HEADLINE_FACTOR);
  });

  it("treats a body shorter than MIN_BODY_CHARS as that long", () => {
    expect(score({ body: "疫情防控" }, "epidemic")).toBeCloseTo((3 * 1000) / MIN_BODY_CHARS, 2);
    expect(score({ body: `疫情防控${filler(MIN_BODY_CHARS - 10)}` }, "epidemic")).toBe(score({ body: "疫情防控" }, "epidemic"));
  });

  it("lets a longer keyword claim its text first within a topic, but not across topics", () => {
    const [epidemic] = scoreTopics({ body: "疫情防控，疫情" }, TAXONOMY, ALL);
    expect(epidemic?.matches).toEqual([{ keyword: "疫情", count: 1 }, { keyword: "疫情防控", count: 1 }]);
    const result = scoreTopics({ body: "数字化改革" }, TAXONOMY, ALL);
    expect(result.map((t) => [t.slug, t.matches])).toEqual([
      ["economy", [{ keyword: "数字化", count: 1 }]],
      ["reform", [{ keyword: "数字化改革", count: 1 }]],
    ]);
  });

  it("matches across OCR line breaks, spaces and quotation marks, and full-width letters", () => {
    const result = scoreTopics({ title: "“十 四\n五”规划", body: "推进５Ｇ基站建设，疫\n情 防\n控" }, TAXONOMY, ALL);
    expect(result.map((t) => [t.slug, t.matches])).toEqual([
      ["planning", [{ keyword: "十四五", count: 1 }, { keyword: "5g", count: 1 }]],
      ["epidemic", [{ keyword: "疫情防控", count: 1 }]],
    ]);
  });

  it("does not match across other punctuation or across headline fields", () => {
    expect(scoreTopics({ body: "疫情、防控" }, TAXONOMY, ALL)[0]?.matches).toEqual([{ keyword: "疫情", count: 1 }]);
    expect(scoreTopics({ kicker: "数字化", title: "改革", body: "" }, TAXONOMY, ALL).map((t) => t.slug)).toEqual(["economy"]);
  });

  it("counts non-overlapping occurrences", () => {
    const topics: ScorableTopic[] = [{ slug: "a", rules: [{ keyword: "哈哈", weight: 1 }] }];
    expect(scoreTopics({ body: "哈哈哈哈哈" }, topics, ALL)[0]?.matches).toEqual([{ keyword: "哈哈", count: 2 }]);
  });

  it("keeps topics at or above the threshold, best first, ties by slug, at most maxTopics", () => {
    const article = { body: "十四五，数字化改革，核酸" };
    expect(scoreTopics(article, TAXONOMY, ALL).map((t) => [t.slug, t.score])).toEqual([
      ["economy", 10], ["planning", 10], ["reform", 10], ["epidemic", 6.67],
    ]);
    expect(scoreTopics(article, TAXONOMY, { threshold: 10 }).map((t) => t.slug)).toEqual(["economy", "planning", "reform"]);
    expect(scoreTopics(article, TAXONOMY, { threshold: 10.01 })).toEqual([]);
    expect(scoreTopics(article, TAXONOMY, { maxTopics: 2 }).map((t) => t.slug)).toEqual(["economy", "planning"]);
    expect(scoreTopics(article, TAXONOMY, { maxTopics: 0 })).toEqual([]);
    expect(scoreTopics(article, TAXONOMY).map((t) => t.slug)).toEqual(["economy", "planning", "reform", "epidemic"].filter((s) => score(article, s) >= DEFAULT_THRESHOLD));
  });

  it("rounds scores to two decimals and never returns a zero score", () => {
    expect(score({ body: `核酸${filler(2998)}` }, "epidemic")).toBe(0.67);
    expect(scoreTopics({ body: `核酸${filler(9_000_000)}` }, TAXONOMY, { threshold: 0 })).toEqual([]);
  });

  it("accepts missing or null headline fields and an empty body", () => {
    expect(scoreTopics({ title: null, kicker: undefined, body: "" }, TAXONOMY, ALL)).toEqual([]);
    expect(scoreTopics({ title: "核酸", body: "" }, TAXONOMY, ALL).map((t) => t.score)).toEqual([2 * HEADLINE_FACTOR]);
  });

  it("ignores rules with an empty keyword or a weight that is not positive", () => {
    const topics: ScorableTopic[] = [
      { slug: "bad", rules: [{ keyword: "", weight: 3 }, { keyword: " “ ” ", weight: 3 }, { keyword: "疫情", weight: 0 }, { keyword: "疫情", weight: -2 }, { keyword: "疫情", weight: Number.NaN }] },
    ];
    expect(scoreTopics({ title: "疫情", body: "疫情" }, topics, ALL)).toEqual([]);
  });

  it("rejects a negative or non-finite threshold and a maxTopics that is not a non-negative integer", () => {
    for (const threshold of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => scoreTopics({ body: "" }, TAXONOMY, { threshold })).toThrow(RangeError);
    for (const maxTopics of [-1, 1.5, Number.NaN]) expect(() => scoreTopics({ body: "" }, TAXONOMY, { maxTopics })).toThrow(RangeError);
  });
});
