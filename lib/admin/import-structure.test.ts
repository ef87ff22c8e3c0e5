import { describe, expect, it } from "vitest";
import { isHan } from "@/lib/officials/normalize";
import { seedParse, seedSources, seedText } from "./__fixtures__/seed-page";
import { initialOrigins, isValidTiling, paragraphStarts, resolveOrigin, unassignedOutside, unitStarts } from "./import-structure";

const hanOf = (text: string) => [...text].filter((ch) => isHan(ch)).join("");

describe("units and origins", () => {
  it("gives each article a head unit and one unit per paragraph", () => {
    expect(seedSources.map((source) => source.paragraphs.length)).toEqual([5, 5, 5]);
    expect(unitStarts(seedSources)).toEqual([0, 6, 12, 18]);
    expect(initialOrigins(seedSources)).toEqual([[0, 6], [6, 12], [12, 18]]);
  });

  it("resolves the parser's own drafts to the parser's spans and bylines", () => {
    initialOrigins(seedSources).forEach((origin, index) => {
      expect(resolveOrigin(seedText, seedSources, origin)).toEqual({ span: seedParse.articles[index]?.span, heads: [index] });
    });
  });

  it("accepts only origins that cover every unit once, in order", () => {
    expect(isValidTiling([[0, 6], [6, 12], [12, 18]], seedSources)).toBe(true);
    expect(isValidTiling([[0, 3], [3, 3], [3, 18]], seedSources)).toBe(true);
    expect(isValidTiling([[0, 6], [7, 12], [12, 18]], seedSources)).toBe(false); // a gap
    expect(isValidTiling([[0, 7], [6, 12], [12, 18]], seedSources)).toBe(false); // an overlap
    expect(isValidTiling([[0, 6], [6, 12]], seedSources)).toBe(false); // the end is missing
    expect(isValidTiling([[0, 6], [6, 12], [12, 19]], seedSources)).toBe(false);
    expect(isValidTiling([[0, 6], [12, 6], [6, 18]], seedSources)).toBe(false);
    expect(isValidTiling([[0, 6.5], [6.5, 18]], seedSources)).toBe(false);
    expect(isValidTiling([], seedSources)).toBe(false);
  });
});

describe("paragraphStarts", () => {
  it("finds where each paragraph begins in the page, in order, inside the article", () => {
    for (const source of seedSources) {
      const starts = paragraphStarts(seedText, source);
      expect(starts[0]).toBe(source.span[0]);
      starts.forEach((start, index) => {
        if (index > 0) expect(start).toBeGreaterThan(starts[index - 1] as number);
        expect(start).toBeLessThan(source.span[1]);
        const paragraph = source.paragraphs[index] as string;
        if (index > 0) expect(hanOf(seedText.slice(start, source.span[1])).startsWith(hanOf(paragraph).slice(0, 12))).toBe(true);
      });
    }
  });

  it("falls back to a proportional offset for a paragraph it cannot find", () => {
    const text = "甲乙丙丁。戊己庚辛。";
    const starts = paragraphStarts(text, { span: [0, text.length], paragraphs: ["甲乙丙丁。", "ABCDE"] });
    expect(starts).toEqual([0, 5]);
  });
});

describe("resolveOrigin", () => {
  it("cuts an article's span where the chosen paragraph starts; the byline stays with the first part", () => {
    const [spanStart, spanEnd] = seedSources[0]!.span;
    const third = paragraphStarts(seedText, seedSources[0]!)[2]!;
    expect(resolveOrigin(seedText, seedSources, [0, 3])).toEqual({ span: [spanStart, third], heads: [0] });
    expect(resolveOrigin(seedText, seedSources, [3, 6])).toEqual({ span: [third, spanEnd], heads: [] });
  });

  it("joins the spans of merged articles", () => {
    expect(resolveOrigin(seedText, seedSources, [6, 18])).toEqual({ span: [seedSources[1]!.span[0], seedSources[2]!.span[1]], heads: [1, 2] });
  });

  it("gives an empty range a zero-width span", () => {
    const at = seedSources[1]!.span[0];
    expect(resolveOrigin(seedText, seedSources, [6, 6])).toEqual({ span: [at, at], heads: [] });
  });
});

describe("unassignedOutside", () => {
  it("drops leftover lines that a merged draft now covers", () => {
    expect(unassignedOutside([[10, 20], [50, 60]], [[0, 30], [40, 45]])).toEqual([[50, 60]]);
  });
});
