import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSearchQuery, MAX_TERM_CHARS, phraseOf } from "./build-query";
import { pinyinOfNames } from "./pinyin";
import { indexTokens } from "./tokenize";

const pinyinNames = pinyinOfNames(["章旭升", "张旭升", "胡勇春", "吕芳新"]);
const build = (raw: unknown) => buildSearchQuery(raw, { pinyinNames });

describe("buildSearchQuery: terms", () => {
  it("searches a name as its bigrams in order, and ranks it as a whole word too", () => {
    expect(build("章旭升")).toMatchObject({
      match: "('章旭' <-> '旭升')",
      gate: "('章旭' & '旭升')",
      headline: ["('章旭':A <-> '旭升':A)"],
      rank: "(('章旭' <-> '旭升') | ('章旭升'))",
      highlight: ["章旭升"],
      isEmpty: false,
    });
  });

  it("requires every space-separated term", () => {
    const query = build("章旭升  数字化改革");
    expect(query.terms.map((term) => term.text)).toEqual(["章旭升", "数字化改革"]);
    expect(query.match).toBe("('章旭' <-> '旭升') & ('数字' <-> '字化' <-> '化改' <-> '改革')");
    expect(query.headline).toHaveLength(2);
  });

  it("keeps a quoted phrase together, matching its parts adjacent across punctuation", () => {
    expect(build('"除险保安"')).toMatchObject({ match: "('除险' <-> '险保' <-> '保安')", terms: [{ text: "除险保安", isPhrase: true }] });
    expect(build("“除险 保安”").match).toBe("('除险' <-> '险':* <-> '保安')");
    expect(build('"除险 保安').terms).toEqual([{ text: "除险 保安", variants: ["除险 保安"], isPhrase: true }]);
  });

  it("excludes terms after a minus, full-width or typographic minus included", () => {
    for (const raw of ["章旭升 -疫情", "章旭升 －疫情", "章旭升 −疫情"]) {
      const query = build(raw);
      expect(query.terms.map((term) => term.text)).toEqual(["章旭升"]);
      expect(query.excluded.map((term) => term.text)).toEqual(["疫情"]);
      expect(query.exclude).toBe("('疫情')");
    }
  });

  it("accepts a query of exclusions only", () => {
    expect(build("-疫情")).toMatchObject({ isEmpty: false, match: null, gate: null, rank: null, exclude: "('疫情')" });
  });

  it("searches one character as a prefix, so that it also matches inside bigrams", () => {
    expect(build("疫")).toMatchObject({ match: "('疫':*)", gate: "('疫':*)", headline: ["('疫':*A)"] });
  });

  it("also searches traditional characters as simplified", () => {
    const query = build("數字化改革");
    expect(query.terms[0]?.variants).toEqual(["數字化改革", "数字化改革"]);
    expect(query.match).toBe("(('數字' <-> '字化' <-> '化改' <-> '改革') | ('数字' <-> '字化' <-> '化改' <-> '改革'))");
    expect(query.highlight).toEqual(["数字化改革", "數字化改革"]);
  });

  it("finds officials by pinyin, typed together or in syllables", () => {
    for (const raw of ["zhangxusheng", "zhang xu sheng", "Zhang Xusheng", "ｚｈａｎｇ ｘｕ ｓｈｅｎｇ"]) {
      const query = build(raw);
      expect(query.terms).toHaveLength(1);
      expect(query.terms[0]?.variants).toEqual(["zhangxusheng", "章旭升", "张旭升"]);
    }
    expect(build("lvfangxin").terms[0]?.variants).toContain("吕芳新");
    expect(build("hu yong chun 数字化").terms.map((term) => term.variants.at(-1))).toEqual(["胡勇春", "数字化"]);
  });

  it("does not join pinyin parts that spell no known name", () => {
    expect(build("zhang xu").terms.map((term) => term.text)).toEqual(["zhang", "xu"]);
    expect(buildSearchQuery("zhangxusheng").terms[0]?.variants).toEqual(["zhangxusheng"]);
  });

  it("reads full-width letters, digits and quotes as ASCII, latin terms as prefixes", () => {
    expect(build("ＡＢＣ １２３").match).toBe("('abc':*) & ('123':*)");
    expect(build("＂除险保安＂").terms[0]).toMatchObject({ text: "除险保安", isPhrase: true });
  });

  it("joins latin and CJK parts of one term in order", () => {
    expect(build("2022年").match).toBe("('2022' <-> '年':*)");
    expect(build("covid-19").match).toBe("('covid' <-> '19':*)");
    expect(build("5G基站").match).toBe("('5g' <-> '基站')");
  });

  it("drops repeated terms", () => {
    expect(build("疫情 疫情 -疫情").terms).toHaveLength(1);
  });
});

describe("buildSearchQuery: nothing to search, or absurd input", () => {
  it.each([[""], ["   "], ["！！！？。，"], ['""'], ["- -- ---"], [undefined], [null], [42]])("gives an empty query for %j", (raw) => {
    expect(build(raw)).toMatchObject({ isEmpty: true, match: null, terms: [], excluded: [] });
  });

  it("turns SQL and HTML fragments into plain words", () => {
    expect(build("'; DROP TABLE articles; --").match).toBe("('drop':*) & ('table':*) & ('articles':*)");
    expect(build("<script>alert(1)</script>").match).toBe("('script' <-> 'alert' <-> '1' <-> 'script':*)");
  });

  it("caps the work a 10,000-character query can cause", () => {
    const query = build("疫".repeat(10_000));
    expect(query.terms).toHaveLength(1);
    expect([...(query.terms[0]?.text ?? "")]).toHaveLength(MAX_TERM_CHARS);
    const many = build(Array.from({ length: 500 }, (_, i) => `词${i}`).join(" "));
    expect(many.terms.length).toBeLessThanOrEqual(8);
  });

  it("never throws and only ever quotes letters and digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (raw) => {
        const query = build(raw);
        for (const text of [query.match, query.gate, query.exclude, query.rank, ...query.headline]) {
          if (text === null) continue;
          const lexemes = [...text.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? "");
          expect(lexemes.every((lexeme) => /^[\p{L}\p{M}\p{N}\uF900]+$/u.test(lexeme))).toBe(true);
          expect(text.replace(/'[^']*'/g, "")).toMatch(/^[\s()&|!<\->:*A]*$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Whether the tokens hold the phrase's operands at consecutive positions (what PostgreSQL checks). */
function matchesAt(tokens: string[], phrase: string): boolean {
  const operands = phrase.split(" <-> ").map((operand) => {
    const [, lexeme = "", prefix] = /^'([^']*)'(:\*)?$/.exec(operand) ?? [];
    return { lexeme, isPrefix: prefix !== undefined };
  });
  return tokens.some((_, start) =>
    operands.every(({ lexeme, isPrefix }, k) => {
      const token = tokens[start + k];
      return token !== undefined && (isPrefix ? token.startsWith(lexeme) : token === lexeme);
    }),
  );
}

describe("phraseOf matches indexTokens", () => {
  const cjk = fc.constantFrom(..."数字化改革除险保安疫情防控章旭升永康市委");
  const text = fc.array(fc.oneof(cjk, cjk, cjk, fc.constantFrom("，", "。", " ", "2022", "abc")), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(""));

  it("finds every substring of a text in the text (latin words from their start)", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (sample, a, b) => {
        const chars = [...sample];
        const start = a % chars.length;
        const term = chars.slice(start, start + 1 + (b % 8)).join("");
        const startsInsideWord = /^[a-z0-9]{2}$/.test(`${chars[start - 1] ?? " "}${chars[start]}`);
        if (!/[\p{L}\p{N}]/u.test(term) || startsInsideWord) return;
        expect(matchesAt(indexTokens(sample), phraseOf(term))).toBe(true);
      }),
    );
  });

  it("does not find a CJK term in a text that does not contain it", () => {
    fc.assert(
      fc.property(text, fc.array(cjk, { minLength: 2, maxLength: 5 }), (sample, parts) => {
        const term = parts.join("");
        const plain = sample.replace(/[^\p{Script=Han}]/gu, "|");
        expect(matchesAt(indexTokens(sample), phraseOf(term))).toBe(plain.includes(term));
      }),
    );
  });
});
