// Properties over arbitrary articles and taxonomies: scoreTopics is total, deterministic,
// returns only positive scores above the threshold, sorted, and only real matches.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { DEFAULT_MAX_TOPICS, DEFAULT_THRESHOLD, scoreTopics, type ScorableTopic, type ScoreOptions, type ScoredArticle } from "./score-topics";
import { DEFAULT_TAXONOMY } from "./taxonomy";

// Keywords of the default taxonomy and pieces of the paper's language, so that random
// texts actually produce matches, overlaps and near-misses.
const KEYWORDS = [...new Set(DEFAULT_TAXONOMY.flatMap((t) => t.rules.map((r) => r.keyword)))];
const FRAGMENTS = [...KEYWORDS, "“", "”", "、", "，", "。", "\n", " ", "疫", "防控", "数字", "化", "世界五金之都", "本报讯", "会议强调"];
const paperish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 80 }).map((xs) => xs.join(""));
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }), paperish);
const optionalText = fc.option(text, { nil: undefined });

const article: fc.Arbitrary<ScoredArticle> = fc.record({
  kicker: fc.oneof(optionalText, fc.constant(null)),
  title: fc.oneof(optionalText, fc.constant(null)),
  subtitle: fc.oneof(optionalText, fc.constant(null)),
  body: text,
});

const randomTaxonomy: fc.Arbitrary<ScorableTopic[]> = fc.uniqueArray(
  fc.record({
    slug: fc.stringMatching(/^[a-z]{1,6}$/),
    rules: fc.array(
      fc.record({ keyword: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), weight: fc.oneof(fc.double({ min: -1, max: 10 }), fc.integer({ min: 1, max: 3 })) }),
      { maxLength: 8 },
    ),
  }),
  { selector: (t) => t.slug, maxLength: 6 },
);
const taxonomy = fc.oneof(fc.constant(DEFAULT_TAXONOMY as ScorableTopic[]), randomTaxonomy);
const options: fc.Arbitrary<ScoreOptions> = fc.record(
  { threshold: fc.double({ min: 0, max: 50, noNaN: true }), maxTopics: fc.integer({ min: 0, max: 20 }) },
  { requiredKeys: [] },
);

describe("scoreTopics properties", () => {
  it("never throws, is deterministic, and returns positive, sorted, real matches", () => {
    fc.assert(
      fc.property(article, taxonomy, options, (a, tax, opts) => {
        const result = scoreTopics(a, tax, opts);
        expect(scoreTopics(a, tax, opts)).toEqual(result);
        expect(result.length).toBeLessThanOrEqual(opts.maxTopics ?? DEFAULT_MAX_TOPICS);
        expect(new Set(result.map((t) => t.slug)).size).toBe(result.length);
        const all = normalizeText([a.kicker, a.title, a.subtitle, a.body].map((t) => t ?? "").join("\u0000"));
        result.forEach((t, i) => {
          expect(t.score).toBeGreaterThan(0);
          expect(t.score).toBeGreaterThanOrEqual(opts.threshold ?? DEFAULT_THRESHOLD);
          expect(Number.isFinite(t.score)).toBe(true);
          const prev = result[i - 1];
          if (prev) expect(prev.score > t.score || (prev.score === t.score && prev.slug < t.slug)).toBe(true);
          const topic = tax.find((x) => x.slug === t.slug);
          expect(topic).toBeDefined();
          expect(t.matches.length).toBeGreaterThan(0);
          for (const m of t.matches) {
            expect(topic?.rules.some((r) => r.keyword === m.keyword)).toBe(true);
            expect(m.count).toBeGreaterThanOrEqual(1);
            expect(all).toContain(normalizeText(m.keyword));
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it("does not depend on where OCR line breaks and spaces fall, even inside a surrogate pair", () => {
    fc.assert(
      fc.property(article, fc.array(fc.nat(), { maxLength: 10 }), (a, cuts) => {
        let body = a.body;
        for (const cut of cuts) body = `${body.slice(0, cut % (body.length + 1))}\n ${body.slice(cut % (body.length + 1))}`;
        expect(scoreTopics({ ...a, body }, DEFAULT_TAXONOMY, { threshold: 0 })).toEqual(scoreTopics(a, DEFAULT_TAXONOMY, { threshold: 0 }));
      }),
      { numRuns: 300 },
    );
  });

  it("only ever raises a topic's score when its keyword is added to the headline", () => {
    fc.assert(
      fc.property(article, fc.constantFrom(...DEFAULT_TAXONOMY), (a, topic) => {
        const before = scoreTopics(a, DEFAULT_TAXONOMY, { threshold: 0, maxTopics: 99 }).find((t) => t.slug === topic.slug)?.score ?? 0;
        const keyword = topic.rules[0]?.keyword ?? "";
        const after = scoreTopics({ ...a, title: `${keyword}。${a.title ?? ""}` }, DEFAULT_TAXONOMY, { threshold: 0, maxTopics: 99 });
        expect(after.find((t) => t.slug === topic.slug)?.score ?? 0).toBeGreaterThan(before);
      }),
      { numRuns: 200 },
    );
  });
});
