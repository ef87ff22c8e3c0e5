// Properties over arbitrary input: the extractor must be total, deterministic
// and only ever return 2–3 character Han names that are really in the text.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractOfficials, type OfficialAction } from "./extract-officials";

const ACTIONS: readonly OfficialAction[] = ["主持", "强调", "出席", "参加", "陪同", "调研", "指出", "讲话", "会见", "考察"];
const HAN_NAME = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,3}$/u;

// Fragments of the paper's language, so random texts actually reach the
// title, list, byline and action code paths instead of being rejected early.
const FRAGMENTS = [
  "市领导", "我市领导", "金华市", "市委书记", "市委副书记", "市长", "副市长", "常委", "秘书长", "主任",
  "总书记", "习近平", "法治思想", "记者", "□融媒首席记者", "本报讯（", "）", "摄", "他", "一行",
  "章", "旭升", "胡", "勇春", "陈", "龙", "欧阳", "吴燕", "王", "李", "张", "和", "及", "等", "在会上",
  "主持", "强调", "出席", "参加", "陪同", "调研", "指出", "讲话", "、", "，", "。", "“", "”", "\n", "\n\n",
];
const paperish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((xs) => xs.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }), paperish);
const knownNames = fc.option(fc.array(fc.oneof(fc.constantFrom("章旭升", "吴燕", "陈龙"), fc.string({ maxLength: 4 })), { maxLength: 5 }), { nil: undefined });

function checkInvariants(text: string, stripped: string, known: string[] | undefined): void {
  const first = extractOfficials(text, known ? { knownNames: known } : undefined);
  const second = extractOfficials(text, known ? { knownNames: known } : undefined);
  expect(second).toEqual(first);
  const names = new Set<string>();
  for (const o of first) {
    expect(o.name).toMatch(HAN_NAME);
    expect(stripped).toContain(o.name);
    expect(names.has(o.name)).toBe(false);
    names.add(o.name);
    expect(o.count).toBeGreaterThanOrEqual(1);
    expect(new Set(o.actions).size).toBe(o.actions.length);
    for (const a of o.actions) expect(ACTIONS).toContain(a);
    expect(new Set(o.titles).size).toBe(o.titles.length);
  }
}

describe("extractOfficials properties", () => {
  it("never throws, is deterministic, returns 2–3 Han names found in the text (ignoring newlines)", () => {
    // Newlines are the only whitespace here, so "ignoring newlines" is exact.
    const noSpaces = anyText.map((t) => t.replace(/[^\S\n]/g, ""));
    fc.assert(
      fc.property(noSpaces, knownNames, (text, known) => checkInvariants(text, text.replace(/\n/g, ""), known)),
      { numRuns: 2000 },
    );
  });

  it("with OCR padding spaces too, names occur in the text once whitespace is removed", () => {
    fc.assert(
      fc.property(anyText, knownNames, (text, known) => checkInvariants(text, text.replace(/\s/g, ""), known)),
      { numRuns: 1000 },
    );
  });

  it("ends on pathological input without an error (its speed: npm run reliability:fuzz-parser)", () => {
    const inputs = ["市领导".repeat(20000), "（记者".repeat(20000), "书记章".repeat(20000), "在".repeat(60000) + "强调", "市委书记、".repeat(10000) + "章旭升"];
    for (const text of inputs) {
      expect(() => extractOfficials(text)).not.toThrow();
    }
  });
});
