import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARTICLE_FIXTURES_DIR, renderArticle, seedArticles } from "./__fixtures__/articles/render";
import { seedPages } from "./__fixtures__/support";
import { countCjkIdeographs } from "./chars";
import { decodePage } from "./decode";
import { IngestError } from "./errors";
import { parseArticle, parseArticleFile, parseArticleTraced, type TracedArticle } from "./parse-article";
import type { ParsedArticle } from "./types";

/** What the page parser and the article parser must agree on. */
function fields(a: ParsedArticle) {
  return {
    kind: a.kind,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    bylines: a.bylines,
    reporters: a.reporters,
    date: a.date,
    paragraphs: a.paragraphs,
  };
}

/** CJK ideographs the parse accounts for: headline, paragraphs and byline source. */
function accountedIdeographs({ article, bylineSource }: TracedArticle): number {
  let n = 0;
  for (const field of [article.kicker, article.title, article.subtitle, ...article.paragraphs, ...bylineSource]) n += countCjkIdeographs(field ?? "");
  return n;
}

const seeds = seedArticles();
const fixtureText = (name: string) => readFileSync(path.join(ARTICLE_FIXTURES_DIR, name), "utf8");

describe("parseArticle on the 14 seed articles as the website shows them", () => {
  it("has a fixture for every item of the seed pages", () => {
    expect(seeds).toHaveLength(14);
    expect(seeds.map((s) => s.article.kind)).toEqual([
      ...["news", "news", "news"],
      ...["news", "news", "news"],
      ...["news", "news", "commentary"],
      ...["photo", "news", "news"],
      ...["news", "news"],
    ]);
  });

  it.each(seeds.map((s) => [s.name, s] as const))("%s parses back to what the page parser reads", (name, seed) => {
    const text = fixtureText(name);
    const traced = parseArticleTraced(text, seed.pageDate);
    expect(fields(traced.article)).toEqual(fields(seed.article));
    expect(traced.bylineSource.join(" ").replace(/\s/g, "")).toBe(seed.bylineSource.join(" ").replace(/\s/g, ""));
    expect(text.slice(...traced.article.span)).toBe(text.trim());
    expect(accountedIdeographs(traced)).toBe(countCjkIdeographs(text));
  });

  it("keeps the fixture files in step with the page parser (regenerate: npx tsx lib/ingest/__fixtures__/articles/render.ts)", () => {
    for (const seed of seeds) expect(fixtureText(seed.name), seed.name).toBe(renderArticle(seed.article, seed.bylineSource));
  });

  it("reads the fixtures the same through parseArticleFile (bytes, CRLF, BOM)", () => {
    for (const seed of seeds) {
      const crlf = `\ufeff${fixtureText(seed.name).replace(/\n/g, "\r\n")}`;
      const { article } = parseArticleFile(new TextEncoder().encode(crlf), seed.name, seed.pageDate);
      expect(fields(article), seed.name).toEqual(fields(seed.article));
    }
  });

  it.each([
    ["a blank line between paragraphs", { paragraphs: "blank" }],
    ["hard-wrapped at 16, blank lines between paragraphs", { wrap: 16, paragraphs: "blank" }],
    ["hard-wrapped at 15, paragraphs indented with 　　", { wrap: 15, paragraphs: "indent" }],
    ["hard-wrapped at 17, paragraphs indented with 　　", { wrap: 17, paragraphs: "indent" }],
  ] as const)("reads them the same with %s", (_, options) => {
    for (const seed of seeds) {
      const text = renderArticle(seed.article, seed.bylineSource, options);
      expect(fields(parseArticle(text, seed.pageDate)), seed.name).toEqual(fields(seed.article));
    }
  });

  it.each([
    ["hard-wrapped at 16 with no paragraph marks", { wrap: 16 }],
    ["hard-wrapped at 16 like a page column, a blank line after every line", { wrap: 16, paragraphs: "column" }],
  ] as const)("reads headline, bylines, date and body text the same when %s", (_, options) => {
    for (const seed of seeds) {
      const a = parseArticle(renderArticle(seed.article, seed.bylineSource, options), seed.pageDate);
      const { paragraphs: got, ...rest } = fields(a);
      const { paragraphs: expected, ...expectedRest } = fields(seed.article);
      expect(rest, seed.name).toEqual(expectedRest);
      expect(got.join(""), seed.name).toBe(expected.join(""));
    }
  });
});

const CHEN = { name: "陈晓苏", role: "融媒首席记者", organization: "本报" };

describe("parseArticle on hand-written articles", () => {
  it("reads an article with no headline: 本报讯（…） opens the body", () => {
    const text = "本报讯（融媒首席记者 陈晓苏）5月6日上午，我市召开安全生产工作会议。\n\n会议强调，要压实责任，狠抓落实。\n";
    expect(parseArticle(text, "2023-05-07")).toEqual({
      kind: "news",
      kicker: null,
      title: null,
      subtitle: null,
      bylines: [CHEN],
      reporters: ["陈晓苏"],
      date: "2023-05-06",
      paragraphs: ["5月6日上午，我市召开安全生产工作会议。", "会议强调，要压实责任，狠抓落实。"],
      span: [0, text.length - 1],
    });
  });

  it("reads paragraphs with no headline and no byline at all, dated by the page", () => {
    const text = "  面对冬季用电高峰，我市提前谋划。\n各部门全力保障电力供应。  ";
    const a = parseArticle(text, "2023-11-15");
    expect(fields(a)).toEqual({
      kind: "news",
      kicker: null,
      title: null,
      subtitle: null,
      bylines: [],
      reporters: [],
      date: "2023-11-15",
      paragraphs: ["面对冬季用电高峰，我市提前谋划。", "各部门全力保障电力供应。"],
    });
    expect(a.span).toEqual([2, text.length - 2]);
  });

  it("reads a byline line printed after the body, as a □ line, a bare line or a bracket closing the last paragraph", () => {
    const body = "五金博览会下月开幕\n5月6日，记者从市会展办获悉，五金博览会将于下月开幕。\n本届展会规模再创新高。";
    for (const end of ["\n□融媒记者 王晓峰 通讯员 李明", "\n融媒记者 王晓峰 通讯员 李明", "（融媒记者 王晓峰 通讯员 李明）", "\n（融媒记者 王晓峰 通讯员 李明）"]) {
      expect(fields(parseArticle(body + end, "2023-05-07")), end).toEqual({
        kind: "news",
        kicker: null,
        title: "五金博览会下月开幕",
        subtitle: null,
        bylines: [
          { name: "王晓峰", role: "融媒记者", organization: "本报" },
          { name: "李明", role: "通讯员", organization: null },
        ],
        reporters: ["王晓峰", "李明"],
        date: "2023-05-06",
        paragraphs: ["5月6日，记者从市会展办获悉，五金博览会将于下月开幕。", "本届展会规模再创新高。"],
      });
    }
  });

  it("reads a `记者 X` line at the top, above or below the headline", () => {
    const body = "8月2日下午，我市召开除险保安百日攻坚行动工作推进会。\n会议强调，要突出重点、筑牢防线。";
    const top = parseArticle(`记者 陈晓苏\n${body}`, "2022-08-02");
    expect(fields(top)).toMatchObject({ kicker: null, title: null, bylines: [{ name: "陈晓苏", role: "记者", organization: "本报" }], date: "2022-08-02" });
    expect(top.paragraphs).toHaveLength(2);
    for (const text of [`章旭升在推进会上强调\n群策群力 合力攻坚\n记者：陈晓苏\n${body}`, `记者 陈晓苏\n章旭升在推进会上强调\n群策群力 合力攻坚\n${body}`]) {
      expect(fields(parseArticle(text, "2022-08-02"))).toMatchObject({
        kind: "news",
        kicker: "章旭升在推进会上强调",
        title: "群策群力 合力攻坚",
        subtitle: null,
        reporters: ["陈晓苏"],
        paragraphs: top.paragraphs,
      });
    }
  });

  it("takes a long kicker with a comma as headline when 本报讯 or a byline line follows it", () => {
    const text = "市委常委会传达上级有关精神，研究市委市政府全会筹备事项\n拼搏实干争先进位 开创发展崭新局面\n本报讯（首席记者 陈晓苏）12月23日下午，市委常委会召开会议。";
    expect(fields(parseArticle(text, "2020-12-23"))).toMatchObject({
      kicker: "市委常委会传达上级有关精神，研究市委市政府全会筹备事项",
      title: "拼搏实干争先进位 开创发展崭新局面",
      date: "2020-12-23",
      paragraphs: ["12月23日下午，市委常委会召开会议。"],
    });
  });

  it("reads a hard-wrapped body, its first lines not mistaken for a headline, its paragraphs rebuilt", () => {
    const text = [
      "扎实做好除险保安工作",
      "4月21日下午，建设平安金华工作会议以",
      "视频形式召开。会议强调，要深学笃行习",
      "近平法治思想，全面贯彻党的二十大精神",
      "，坚持统筹发展和安全。",
      "会议指出，建设平安金华是一项系统工程",
      "。各地各部门要始终坚持党的领导。",
      "□融媒首席记者 陈晓苏",
    ].join("\n");
    expect(fields(parseArticle(text, "2023-04-21"))).toEqual({
      kind: "news",
      kicker: null,
      title: "扎实做好除险保安工作",
      subtitle: null,
      bylines: [CHEN],
      reporters: ["陈晓苏"],
      date: "2023-04-21",
      paragraphs: [
        "4月21日下午，建设平安金华工作会议以视频形式召开。会议强调，要深学笃行习近平法治思想，全面贯彻党的二十大精神，坚持统筹发展和安全。",
        "会议指出，建设平安金华是一项系统工程。各地各部门要始终坚持党的领导。",
      ],
    });
  });

  it("reads a hard-wrapped 本报讯 whose bracketed byline runs over two lines, with OCR letter-spacing", () => {
    const text = [
      "建设平安金华工作会议召开",
      "扎实做好除险保安工作",
      "提升全域本质安全水平",
      "本报讯（金华日报记者 楼盼 融",
      "媒首席记者 陈晓苏） 4 月 21 日下午，",
      "建 设 平 安 金 华 工 作 会 议 以 视",
      "频形式召开。会议强调，要深学笃行习近",
      "平法治思想。",
    ].join("\n");
    expect(fields(parseArticle(text, "2023-04-22"))).toEqual({
      kind: "news",
      kicker: "建设平安金华工作会议召开",
      title: "扎实做好除险保安工作",
      subtitle: "提升全域本质安全水平",
      bylines: [{ name: "楼盼", role: "记者", organization: "金华日报" }, CHEN],
      reporters: ["楼盼", "陈晓苏"],
      date: "2023-04-21",
      paragraphs: ["4月21日下午，建设平安金华工作会议以视频形式召开。会议强调，要深学笃行习近平法治思想。"],
    });
  });

  it("reads a commentary with a —— subtitle, signed above or below the body", () => {
    const head = "让“小窗口”释放“大能量”\n——三论优化营商环境\n";
    const body = "营商环境没有最好，只有更好。\n只要每一位窗口工作人员都用心用情，就一定能让企业和群众感受到这座城市的温度。";
    for (const text of [`${head}本报评论员\n${body}`, `${head}${body}\n本报评论员`, `${head}\n□本报评论员\n\n${body}`]) {
      expect(fields(parseArticle(text, "2023-11-15")), text).toEqual({
        kind: "commentary",
        kicker: null,
        title: "让“小窗口”释放“大能量”",
        subtitle: "三论优化营商环境",
        bylines: [{ name: "本报评论员", role: "评论员", organization: "本报" }],
        reporters: [],
        date: "2023-11-15",
        paragraphs: ["营商环境没有最好，只有更好。", "只要每一位窗口工作人员都用心用情，就一定能让企业和群众感受到这座城市的温度。"],
      });
    }
  });

  it("reads a photo caption ending with its credit, glued, spaced, bracketed or on a line of its own", () => {
    const caption = "1月2日，市民在西津桥畔观赏冬日晨景。近日，我市气温回升，不少市民走出家门，享受冬日暖阳。";
    for (const credit of ["融媒记者 周立 摄", " 融媒记者 周立 摄", "（融媒记者 周立 摄）", "\n融媒记者 周立 摄"]) {
      expect(fields(parseArticle(caption + credit, "2024-01-03")), credit).toEqual({
        kind: "photo",
        kicker: null,
        title: null,
        subtitle: null,
        bylines: [{ name: "周立", role: "融媒记者", organization: "本报" }],
        reporters: ["周立"],
        date: "2024-01-02",
        paragraphs: [caption],
      });
    }
  });

  it("calls a credited article with a headline news", () => {
    const a = parseArticle("冬日晨景\n1月2日，市民在西津桥畔观赏冬日晨景。融媒记者 周立 摄", "2024-01-03");
    expect(fields(a)).toMatchObject({ kind: "news", title: "冬日晨景", reporters: ["周立"], paragraphs: ["1月2日，市民在西津桥畔观赏冬日晨景。"] });
  });

  it("maps 1, 2 and 3 headline lines to title / kicker + title / kicker, title, subtitle", () => {
    const body = "\n4月21日下午，会议以视频形式召开。";
    const head = (text: string) => {
      const { kicker, title, subtitle } = parseArticle(text + body, "2023-04-21");
      return { kicker, title, subtitle };
    };
    expect(head("扎实做好除险保安工作")).toEqual({ kicker: null, title: "扎实做好除险保安工作", subtitle: null });
    expect(head("建设平安金华工作会议召开\n扎实做好除险保安工作")).toEqual({ kicker: "建设平安金华工作会议召开", title: "扎实做好除险保安工作", subtitle: null });
    expect(head("扎实做好除险保安工作\n——提升全域本质安全水平")).toEqual({ kicker: null, title: "扎实做好除险保安工作", subtitle: "提升全域本质安全水平" });
    expect(head("建设平安金华工作会议召开\n\n扎实做好除险保安工作\n提升全域本质安全水平")).toEqual({
      kicker: "建设平安金华工作会议召开",
      title: "扎实做好除险保安工作",
      subtitle: "提升全域本质安全水平",
    });
  });

  it("reads an outlet dateline and a New Year's Eve dateline on a January page", () => {
    expect(fields(parseArticle("新华社北京1月10日电（记者 张三 李四）记者从有关部门获悉，工作推进顺利。", "2024-01-11"))).toMatchObject({
      bylines: [
        { name: "张三", role: "记者", organization: "新华社" },
        { name: "李四", role: "记者", organization: "新华社" },
      ],
      date: "2024-01-10",
      paragraphs: ["记者从有关部门获悉，工作推进顺利。"],
    });
    expect(parseArticle("12月31日，我市举行新年登高健身活动。", "2024-01-03").date).toBe("2023-12-31");
  });

  it("takes short lines with no body after them as the body, not as a headline", () => {
    expect(fields(parseArticle("五金博览会下月开幕", "2024-01-03"))).toMatchObject({ title: null, paragraphs: ["五金博览会下月开幕"] });
    expect(fields(parseArticle("五金博览会下月开幕\n记者 陈晓苏", "2024-01-03"))).toMatchObject({ title: null, reporters: ["陈晓苏"], paragraphs: ["五金博览会下月开幕"] });
  });

  it("throws IngestError NO_ARTICLES on a text with no body, RangeError on a bad page date", () => {
    for (const text of ["", " \n\u3000\n", "□融媒首席记者 陈晓苏", "本报讯（记者 陈晓苏）", "融媒记者 卢斌 摄", "本报特约评论员\n记者 陈晓苏"]) {
      expect(() => parseArticle(text, "2024-01-03"), JSON.stringify(text)).toThrow(expect.objectContaining({ name: "IngestError", code: "NO_ARTICLES" }));
    }
    expect(() => parseArticle("", "2024-01-03")).toThrow(/no article body found/);
    expect(() => parseArticle("会议召开。", "2024-02-30")).toThrow(RangeError);
    expect(() => parseArticleFile(new TextEncoder().encode("□融媒首席记者 陈晓苏\n"), "a.txt", "2024-01-03")).toThrow(/^a\.txt: no article body found/);
  });
});

const PAGE_DATE = "2022-08-02";

/** Parses; on success checks the article's invariants, else that the error is NO_ARTICLES. */
function check(text: string): void {
  let first: TracedArticle | IngestError;
  try {
    first = parseArticleTraced(text, PAGE_DATE);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("NO_ARTICLES");
    first = error as IngestError;
  }
  let second: TracedArticle | IngestError;
  try {
    second = parseArticleTraced(text, PAGE_DATE);
  } catch (error) {
    second = error as IngestError;
  }
  expect(second).toEqual(first);
  if (first instanceof IngestError) return;
  const { article } = first;
  expect(accountedIdeographs(first)).toBe(countCjkIdeographs(text));
  expect(article.paragraphs.length).toBeGreaterThan(0);
  expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(text.slice(...article.span)).toBe(text.trim());
  for (const r of article.reporters) expect(article.bylines.map((b) => b.name)).toContain(r);
  if (article.kind === "photo") expect(article.title).toBeNull();
}

const seedLines = [
  ...new Set(
    seedPages()
      .flatMap((p) => decodePage(p.bytes, p.file).split("\n"))
      .concat(seeds.flatMap((s) => renderArticle(s.article, s.bylineSource).split("\n")))
      .filter((l) => l.trim() !== ""),
  ),
];
const SPECIAL_LINES = [
  "□融媒首席记者 陈晓苏",
  "记者 陈晓苏",
  "记者：陈晓苏",
  "（记者 陈晓苏）",
  "本报讯（金华日报记者 楼盼 融",
  "媒首席记者 陈晓苏） 8 月 1 日下午至",
  "本报讯（融媒首席记者 陈晓苏）",
  "新华社北京1月10日电（记者 张三 李四）",
  "本报特约评论员",
  "——论坚定不移推进城市更新行动",
  "季花。融媒记者 卢斌 摄",
  "会议还研究了其他事项。（融媒记者 卢斌 摄）",
  "卢斌 摄",
  "群策群力 合力攻坚",
  "12 月 31 日，我市召开会议。",
  "",
];
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_LINES) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."本报讯记者摄□（）。，、“”—会议强调要 0123456789月日\t\u3000".split("")), maxLength: 40 }) },
);
const separator = fc.constantFrom("\n", "\n", "\n\n", "\r\n", "\n \n");
const cjkArticle = fc.array(fc.tuple(line, separator), { maxLength: 40 }).map((parts) => parts.map(([l, s]) => l + s).join(""));

describe("parseArticle on arbitrary text", () => {
  it("never throws but NO_ARTICLES, is deterministic, keeps every ideograph and spans the trimmed text (unicode strings)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), check), { numRuns: 200 });
  });

  it("holds the same on CJK-heavy texts built from seed lines, bylines, credits and signatures", () => {
    fc.assert(fc.property(cjkArticle, check), { numRuns: 300 });
  });

  it("holds the same on the fixtures with their lines shuffled", () => {
    const lines = seeds.flatMap((s) => renderArticle(s.article, s.bylineSource).split("\n"));
    fc.assert(fc.property(fc.shuffledSubarray(lines, { minLength: 1, maxLength: 12 }), (ls) => check(ls.join("\n"))), { numRuns: 100 });
  });

  it("holds the same on huge texts (their speed is measured by npm run reliability:fuzz-parser)", () => {
    const long = seedLines.join("");
    for (const text of [long.repeat(20), "发 展 ".repeat(30000), seedLines.join("\n").repeat(10), `本报讯（${"记者 张三 ".repeat(5000)}`, "□".repeat(100000), `${"（".repeat(5000)}摄`, "记者 张三\n".repeat(30000), `标题\n${"□记者 张三\n".repeat(30000)}正文。\n${"记者 李四\n".repeat(30000)}`]) {
      check(text);
    }
  });
});
