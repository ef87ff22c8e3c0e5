import { describe, expect, it } from "vitest";
import { pinyinOfNames } from "./pinyin";

describe("pinyinOfNames", () => {
  it("romanises names without tones, reading the first character as a surname", () => {
    expect(pinyinOfNames(["章旭升", "曾庆红", "单霁翔"])).toEqual(
      new Map([["章旭升", ["zhang xu sheng"]], ["曾庆红", ["zeng qing hong"]], ["单霁翔", ["shan ji xiang"]]]),
    );
  });

  it("also spells ü as v and as u, as people type it", () => {
    expect(pinyinOfNames(["吕芳新"]).get("吕芳新")).toEqual(["lü fang xin", "lv fang xin", "lu fang xin"]);
  });

  it("leaves out names that are not Chinese", () => {
    expect(pinyinOfNames(["Tom", ""]).size).toBe(0);
  });
});
