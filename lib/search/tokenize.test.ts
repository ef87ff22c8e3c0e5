import { describe, expect, it } from "vitest";
import { indexTokens, normalizeForSearch, runsOf } from "./tokenize";

describe("indexTokens", () => {
  it("gives each CJK character the bigram it starts, and the last one of a stretch alone", () => {
    expect(indexTokens("数字化改革，2022年")).toEqual(["数字", "字化", "化改", "改革", "革", "2022", "年"]);
  });

  it("keeps a stretch of latin letters and digits as one lower-case token", () => {
    expect(indexTokens("推进5G基站和Covid-19防控")).toEqual(["推进", "进", "5g", "基站", "站和", "和", "covid", "19", "防控", "控"]);
  });

  it("reads full-width letters, digits and spaces as their ASCII forms", () => {
    expect(indexTokens("ＡＢＣ１２３\u3000疫")).toEqual(["abc123", "疫"]);
  });

  it("counts a character outside the basic plane as one character", () => {
    expect(indexTokens("𠀀字")).toEqual(["𠀀字", "字"]);
  });

  it("has no token for punctuation, spaces or symbols", () => {
    expect(indexTokens("“”！？——……<>&;'\" \n")).toEqual([]);
  });
});

describe("runsOf", () => {
  it("cuts runs at punctuation and segments where CJK meets other scripts", () => {
    expect(runsOf(normalizeForSearch("2022年，abc")).map((run) => run.map((segment) => segment.chars.join("")))).toEqual([["2022", "年"], ["abc"]]);
  });
});
