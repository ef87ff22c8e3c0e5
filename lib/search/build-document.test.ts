import { describe, expect, it } from "vitest";
import { buildSearchDocument } from "./build-document";
import { TOKEN_MARK } from "./filter-tokens";
import { addDictionaryWords } from "./segmenter";

const article = {
  kicker: "章旭升在全市除险保安工作推进会上强调",
  title: "群策群力 合力攻坚",
  subtitle: null,
  body: "芝英镇、象珠镇作表态发言。\n\n会议要求，推进数字化改革。",
  date: "2022-08-02",
  kind: "news",
};

describe("buildSearchDocument", () => {
  it("puts headline tokens, then whole words of three or more characters, in the headline part", () => {
    const document = buildSearchDocument(article, () => ["章旭升", "在", "除险保安", "群策群力"]);
    expect(document.headline.split(" ")).toEqual([
      "章旭", "旭升", "升在", "在全", "全市", "市除", "除险", "险保", "保安", "安工", "工作", "作推", "推进", "进会", "会上", "上强", "强调", "调",
      "群策", "策群", "群力", "力", "合力", "力攻", "攻坚", "坚",
      "章旭升", "除险保安", "群策群力",
    ]);
  });

  it("ends the body part with the date and kind tokens", () => {
    const { body } = buildSearchDocument(article, () => []);
    expect(body.split(" ").slice(-3)).toEqual([`${TOKEN_MARK}y2022`, `${TOKEN_MARK}m202208`, `${TOKEN_MARK}knews`]);
    expect(body.startsWith("芝英 英镇 镇 象珠 珠镇 镇作")).toBe(true);
  });

  it("accepts the date as Prisma returns it", () => {
    expect(buildSearchDocument({ ...article, date: new Date("2021-09-22T00:00:00Z") }, () => []).body).toContain(`${TOKEN_MARK}m202109`);
  });

  it("segments known places and added names as words with jieba", () => {
    addDictionaryWords(["章旭升"]);
    const words = (text: string) => buildSearchDocument({ ...article, kicker: null, title: null, body: text }).body.split(" ");
    expect(words("章旭升到芝英镇和东城街道调研")).toEqual(expect.arrayContaining(["章旭升", "芝英镇", "东城街道"]));
  });

  it("keeps markup characters out of the tokens", () => {
    const { headline } = buildSearchDocument({ ...article, kicker: "<b>强调</b>", title: null }, () => []);
    expect(headline).toBe("b 强调 调 b");
  });
});
