import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTitleTimeline, type TitleMention } from "./title-timeline";

const chainKey = (mention: Pick<TitleMention, "titles" | "jurisdiction">) => `${mention.jurisdiction}|${mention.titles.join("、")}`;

/** The rule as first written: for every untitled mention, look through every printed one (quadratic). */
function chainInForceByScan(titled: TitleMention[], printed: Map<string, number>, mention: TitleMention): string | null {
  const before = titled.filter((other) => other.date <= mention.date);
  const sameJurisdiction = before.filter((other) => other.jurisdiction === mention.jurisdiction);
  const candidates = sameJurisdiction.length > 0 ? sameJurisdiction : before;
  const latest = candidates.at(-1)?.date;
  if (latest === undefined) return null;
  const keys = [...new Set(candidates.filter((other) => other.date === latest).map(chainKey))];
  keys.sort((a, b) => (printed.get(b) ?? 0) - (printed.get(a) ?? 0) || a.length - b.length || a.localeCompare(b));
  return keys[0] ?? null;
}

/** Which chain each untitled mention is counted for, according to the timeline (via its spans' dates and counts). */
function attributionByScan(mentions: TitleMention[]): Map<number, string | null> {
  const sorted = [...mentions].sort((a, b) => a.date.localeCompare(b.date) || a.articleId - b.articleId);
  const titled = sorted.filter((mention) => mention.titles.length > 0);
  const printed = new Map<string, number>();
  for (const key of new Set(titled.map(chainKey))) printed.set(key, new Set(titled.filter((m) => chainKey(m) === key).map((m) => m.articleId)).size);
  return new Map(sorted.filter((m) => m.titles.length === 0).map((m) => [m.articleId, chainInForceByScan(titled, printed, m)]));
}

const mentionsArbitrary = fc
  .array(
    fc.record({
      day: fc.integer({ min: 1, max: 12 }),
      titles: fc.constantFrom([], [], ["市长"], ["副市长"], ["市委书记"], ["市委书记", "组长"]),
      jurisdiction: fc.constantFrom("永康", "永康", "金华"),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((row, index): TitleMention => ({ articleId: index + 1, date: `2022-01-${String(row.day).padStart(2, "0")}`, titles: [...row.titles], jurisdiction: row.jurisdiction })));

describe("buildTitleTimeline", () => {
  it("counts every untitled mention for the chain the scan over all printed ones picks", () => {
    fc.assert(
      fc.property(mentionsArbitrary, (mentions) => {
        const expected = attributionByScan(mentions);
        const timeline = buildTitleTimeline(mentions);
        // Expected article count per chain: printed articles plus the untitled ones attributed to it.
        const counts = new Map<string, number>();
        for (const m of mentions) if (m.titles.length > 0) counts.set(chainKey(m), (counts.get(chainKey(m)) ?? 0) + 1);
        let unattributed = 0;
        for (const key of expected.values()) {
          if (key === null) unattributed++;
          else counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const actual = new Map(timeline.filter((span) => span.titles.length > 0).map((span) => [chainKey(span), span.articleCount]));
        expect(actual).toEqual(counts);
        expect(timeline.find((span) => span.titles.length === 0)?.articleCount ?? 0).toBe(unattributed);
      }),
      { numRuns: 300 },
    );
  });

  it("counts every one of the 50,000 mentions of a long-serving official", () => {
    const many = Array.from({ length: 50_000 }, (_, index): TitleMention => ({
      articleId: index + 1,
      date: `20${String(10 + Math.floor(index / 5000)).padStart(2, "0")}-01-01`,
      titles: index % 4 === 0 ? ["市长"] : [],
      jurisdiction: "永康",
    }));
    const timeline = buildTitleTimeline(many);
    expect(timeline.reduce((sum, span) => sum + span.articleCount, 0)).toBe(50_000);
  });
});
