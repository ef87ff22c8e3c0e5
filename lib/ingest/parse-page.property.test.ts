import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedPages } from "./__fixtures__/support";
import { WIRE_LEAD } from "./bylines";
import { countCjkIdeographs } from "./chars";
import { decodePage } from "./decode";
import { parsePageTraced, type TracedPage } from "./parse-page";
import type { Byline } from "./types";

const PAGE_DATE = "2022-08-02";

/** CJK ideographs the parse accounts for: article text, byline source, unassigned. */
function accountedIdeographs({ page, traces }: TracedPage): number {
  let n = 0;
  page.articles.forEach((a, i) => {
    for (const field of [a.kicker, a.title, a.subtitle, ...a.paragraphs]) n += countCjkIdeographs(field ?? "");
    for (const source of traces[i]?.bylineSource ?? []) n += countCjkIdeographs(source);
  });
  for (const u of page.unassigned) n += countCjkIdeographs(u.text);
  return n;
}

/**
 * What is left of a byline's printed source once the parsed names, roles and papers are
 * taken out: only markers (本报讯, 摄, an outlet dateline, □, brackets, separators) may remain.
 */
function bylineResidue(source: string, bylines: readonly Byline[]): string {
  let rest = source.replace(/^本报讯/, "").replace(WIRE_LEAD, "").replace(/\s摄$/, "");
  const parts = bylines
    .flatMap((b) => [b.name, b.role ?? "", b.organization ?? ""])
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const part of parts) rest = rest.split(part).join(" ");
  return rest;
}

function checkPage(text: string): void {
  // How fast is for the benchmark scripts (npm run bench:ingest, reliability:fuzz-parser); here, that it ends.
  const traced = parsePageTraced(text, PAGE_DATE);
  expect(parsePageTraced(text, PAGE_DATE)).toEqual(traced);

  expect(accountedIdeographs(traced)).toBe(countCjkIdeographs(text));

  const { page, traces } = traced;
  page.articles.forEach((a, i) => {
    const sources = traces[i]?.bylineSource ?? [];
    for (const source of sources) expect(bylineResidue(source, a.bylines)).toMatch(/^[\s□■（）()、，,]*$/);
    for (const b of a.bylines) expect(sources.join(" ")).toContain(b.name);
    for (const r of a.reporters) expect(a.bylines.map((b) => b.name)).toContain(r);
    expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  const spans = [...page.articles.map((a) => a.span), ...page.unassigned.map((u) => u.span)].sort((x, y) => x[0] - y[0]);
  let previousEnd = 0;
  for (const [start, end] of spans) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    previousEnd = end;
  }
}

const seedTexts = seedPages().map((p) => decodePage(p.bytes, p.file));
const seedLines = [...new Set(seedTexts.flatMap((t) => t.split("\n")).filter((l) => l.trim() !== ""))];

const SPECIAL_LINES = [
  "□融媒首席记者 陈晓苏",
  "□金华日报记者 盛游 融媒记者 卢斌",
  "本报讯 9月22日下午，市委召开会议。",
  "本报讯（金华日报记者 楼盼 融",
  "媒首席记者 陈晓苏） 8 月 1 日下午至",
  "本报讯（通讯员 市公安局 李四）",
  "新华社北京1月10日电（记者 张三 李四）",
  "本报特约评论员",
  "本报评论员",
  "——论坚定不移推进城市更新行动",
  "季花。融媒记者 卢斌 摄",
  "卢斌 摄",
  "C 从严从紧从快 打好打赢疫情防控战",
  "“同心战‘疫’永康力量”特别报道",
  "群策群力 合力攻坚",
  "12 月 31 日，我市召开会议。",
  "发 展 开 展 了 大 量 调 查 研 究 ，形 成 了",
];

const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_LINES) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."本报讯记者摄□（）。，、“”—会议强调要 0123456789月日AC\t\u3000".split("")), maxLength: 40 }) },
);
const separator = fc.constantFrom("\n", "\n\n", "\n\n", "\n \n", "\n\u3000\n");
const cjkPage = fc
  .array(fc.tuple(line, separator), { maxLength: 120 })
  .map((parts) => parts.map(([l, s]) => l + s).join(""));

const CONTROL = fc.constantFrom(..."\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\r\n\t\u2028\ufeff".split(""));
const controlHeavy = fc.string({ unit: fc.oneof(CONTROL, fc.constantFrom(..."本报讯摄□。 \n".split(""))), maxLength: 300 });

describe("parsePage on arbitrary text", () => {
  it("never throws, is deterministic, keeps every ideograph and gives sane spans on unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), checkPage), { numRuns: 200 });
  });

  it("holds the same on CJK-heavy pages built from seed lines, bylines and teasers", () => {
    fc.assert(fc.property(cjkPage, checkPage), { numRuns: 250 });
  });

  it("holds the same on text full of control characters", () => {
    fc.assert(fc.property(controlHeavy, checkPage), { numRuns: 150 });
  });

  it("holds the same on the seed pages with their lines shuffled", () => {
    const shuffled = fc.shuffledSubarray(seedLines, { minLength: 1, maxLength: 150 }).map((ls) => ls.join("\n\n"));
    fc.assert(fc.property(shuffled, checkPage), { numRuns: 60 });
  });

  it("holds the same on huge lines and huge pages", () => {
    const longLine = (seedLines[5] ?? "会议强调").repeat(8000);
    const spaced = "发 展 开 展 了 ".repeat(20000);
    const manyLines = seedTexts.join("\n").repeat(20);
    for (const text of [longLine, spaced, manyLines, `本报讯（${"记者 张三 ".repeat(5000)}`, "□".repeat(100000)]) checkPage(text);
  });

  it("holds on every seed page", () => {
    for (const text of seedTexts) checkPage(text);
  });
});

describe("the accounting used above", () => {
  const text = seedTexts[2] ?? "";
  const traced = parsePageTraced(text, PAGE_DATE);

  it("notices a character dropped from a body", () => {
    const first = traced.page.articles[0];
    if (first === undefined) throw new Error("no article");
    const dropped: TracedPage = {
      ...traced,
      page: { ...traced.page, articles: [{ ...first, paragraphs: first.paragraphs.map((p, i) => (i === 0 ? p.replace(/[\u4e00-\u9fff]/, "") : p)) }, ...traced.page.articles.slice(1)] },
    };
    expect(accountedIdeographs(dropped)).not.toBe(countCjkIdeographs(text));
  });

  it("notices an ignored byline marker", () => {
    const withoutMarkers: TracedPage = { ...traced, traces: traced.traces.map(() => ({ bylineSource: [] })) };
    expect(accountedIdeographs(withoutMarkers)).toBeLessThan(countCjkIdeographs(text));
  });

  it("notices body text swallowed into a byline", () => {
    expect(bylineResidue("本报讯（融媒首席记者 陈晓苏）8月2日下午", [{ name: "陈晓苏", role: "融媒首席记者", organization: "本报" }])).not.toMatch(
      /^[\s□■（）()、，,]*$/,
    );
  });
});
