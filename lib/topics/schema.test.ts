// The default taxonomy passes the schema the admin uses, and the schema rejects the
// mistakes an editor can make.
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { taxonomySchema, topicSchema, type Topic } from "./schema";
import { DEFAULT_TAXONOMY } from "./taxonomy";

const topic = (over: Partial<Topic> = {}): Topic => ({
  slug: "epidemic-control",
  name: "疫情防控",
  description: "新冠肺炎疫情的防控部署。",
  rules: [{ keyword: "疫情防控", weight: 3 }],
  ...over,
});

const issues = (value: unknown): string[] => {
  const result = taxonomySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("DEFAULT_TAXONOMY", () => {
  it("passes taxonomySchema unchanged", () => {
    const result = taxonomySchema.safeParse(DEFAULT_TAXONOMY);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data).toEqual(DEFAULT_TAXONOMY);
  });

  it("has about a dozen topics with the agreed slugs", () => {
    expect(DEFAULT_TAXONOMY.map((t) => t.slug)).toEqual([
      "epidemic-control", "digital-reform", "digital-economy", "safety-and-stability", "work-safety",
      "cyberspace-affairs", "common-prosperity", "urban-renewal", "party-building", "development-planning",
      "culture", "hardware-industry", "rural-revitalization", "business-environment",
    ]);
  });

  it("writes every keyword as it is matched (no spaces, quotation marks or full-width letters)", () => {
    for (const t of DEFAULT_TAXONOMY) for (const r of t.rules) expect(normalizeText(r.keyword)).toBe(r.keyword);
  });

  it("uses the weights 1, 2 and 3 of the weight guide and one-sentence descriptions", () => {
    for (const t of DEFAULT_TAXONOMY) {
      for (const r of t.rules) expect([1, 2, 3]).toContain(r.weight);
      expect(t.description).toMatch(/^[^。]+。$/u);
    }
  });
});

describe("taxonomySchema rejects", () => {
  it("duplicate slugs and duplicate names", () => {
    expect(issues([topic(), topic({ name: "防疫" })])).toEqual(['1.slug: duplicate topic slug "epidemic-control"']);
    expect(issues([topic(), topic({ slug: "epidemic" })])).toEqual(['1.name: duplicate topic name "疫情防控"']);
    expect(issues([topic(), topic({ slug: "epidemic", name: " 疫情防控 " })])).toHaveLength(1);
  });

  it("an empty taxonomy", () => {
    expect(issues([])).toHaveLength(1);
  });

  it("weights that are zero, negative, not finite or above the maximum", () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 11]) {
      expect(issues([topic({ rules: [{ keyword: "疫情", weight }] })])).toHaveLength(1);
    }
    expect(issues([topic({ rules: [{ keyword: "疫情", weight: 0.5 }] })])).toEqual([]);
  });

  it("empty keywords, including keywords made only of spaces or quotation marks", () => {
    for (const keyword of ["", "   ", "“”", "\n"]) expect(issues([topic({ rules: [{ keyword, weight: 1 }] })])).toHaveLength(1);
  });

  it("a keyword listed twice in one topic, also when written differently", () => {
    const rules = [{ keyword: "十四五", weight: 3 }, { keyword: "“十四五”", weight: 1 }];
    expect(issues([topic({ rules })])).toEqual(['0.rules.1.keyword: duplicate keyword "“十四五”" (same as rule 0)']);
  });

  it("topics without rules, name or description, bad slugs and unknown fields", () => {
    expect(topicSchema.safeParse(topic({ rules: [] })).success).toBe(false);
    expect(topicSchema.safeParse(topic({ name: " " })).success).toBe(false);
    expect(topicSchema.safeParse(topic({ description: "" })).success).toBe(false);
    for (const slug of ["Epidemic", "epidemic_control", "-epidemic", "epidemic--control", "疫情", ""]) {
      expect(topicSchema.safeParse(topic({ slug })).success).toBe(false);
    }
    expect(topicSchema.safeParse({ ...topic(), colour: "red" }).success).toBe(false);
  });

  it("but accepts the same keyword in two different topics", () => {
    const shared = [{ keyword: "村集体经济", weight: 2 }];
    expect(issues([topic({ rules: shared }), topic({ slug: "rural", name: "乡村振兴", rules: shared })])).toEqual([]);
  });
});
