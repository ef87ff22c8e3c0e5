// Every field of the article form just inside and just past its limit: inside is accepted,
// past it is refused with a Chinese message on that field (the form shows it beside the field).
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { ARTICLE_LIMITS, articleInputSchema, versionSchema } from "./schema";

const valid = { kind: "news", kicker: "", title: "市委常委会召开会议", subtitle: "", reporters: "陈晓苏", date: "2023-04-21", pageId: "", body: "正文。", officials: "", topics: [] as string[] };

/** Distinct two-character Han names: 官甲, 官乙, … */
const names = (count: number) => Array.from({ length: count }, (_, i) => String.fromCharCode(0x4e00 + Math.floor(i / 50)) + String.fromCharCode(0x4f00 + (i % 50)));

function fieldErrors(change: Record<string, unknown>) {
  const result = articleInputSchema.safeParse({ ...valid, ...change });
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

const cases: { field: keyof typeof valid; atLimit: unknown; pastLimit: unknown; message: string }[] = [
  { field: "kicker", atLimit: "引".repeat(ARTICLE_LIMITS.kicker), pastLimit: "引".repeat(ARTICLE_LIMITS.kicker + 1), message: "引题最多 80 个字" },
  { field: "title", atLimit: "标".repeat(ARTICLE_LIMITS.title), pastLimit: "标".repeat(ARTICLE_LIMITS.title + 1), message: "标题最多 120 个字" },
  { field: "subtitle", atLimit: "副".repeat(ARTICLE_LIMITS.subtitle), pastLimit: "副".repeat(ARTICLE_LIMITS.subtitle + 1), message: "副题最多 160 个字" },
  { field: "body", atLimit: "字".repeat(ARTICLE_LIMITS.body), pastLimit: "字".repeat(ARTICLE_LIMITS.body + 1), message: "正文最多 100000 个字" },
  { field: "reporters", atLimit: "记".repeat(ARTICLE_LIMITS.reporter), pastLimit: "记".repeat(ARTICLE_LIMITS.reporter + 1), message: "每位记者的名字最多 20 个字" },
  { field: "reporters", atLimit: names(ARTICLE_LIMITS.reporters).join("、"), pastLimit: names(ARTICLE_LIMITS.reporters + 1).join("、"), message: "记者最多 20 位" },
  { field: "officials", atLimit: names(ARTICLE_LIMITS.officials).join("、"), pastLimit: names(ARTICLE_LIMITS.officials + 1).join("、"), message: "领导最多 60 位" },
  { field: "officials", atLimit: "欧阳东方明亮", pastLimit: "欧阳东方明亮光", message: "领导姓名应为 2–6 个汉字" },
  { field: "topics", atLimit: Array.from({ length: ARTICLE_LIMITS.topics }, (_, i) => `topic-${i}`), pastLimit: Array.from({ length: ARTICLE_LIMITS.topics + 1 }, (_, i) => `topic-${i}`), message: "主题最多 10 个" },
  { field: "topics", atLimit: ["a".repeat(ARTICLE_LIMITS.topicSlug)], pastLimit: ["a".repeat(ARTICLE_LIMITS.topicSlug + 1)], message: "未知的主题" },
  { field: "date", atLimit: ARTICLE_LIMITS.firstDate, pastLimit: "1899-12-31", message: "日期应在 1900-01-01 至 2099-12-31 之间" },
  { field: "date", atLimit: ARTICLE_LIMITS.lastDate, pastLimit: "2100-01-01", message: "日期应在 1900-01-01 至 2099-12-31 之间" },
  { field: "date", atLimit: "2024-02-29", pastLimit: "2023-02-29", message: "请输入有效的日期（年-月-日）" },
  { field: "pageId", atLimit: "999999999", pastLimit: "1000000000", message: "版面编号应为正整数" },
];

describe("article form limits", () => {
  it.each(cases)("accepts $field at its limit and refuses it past: $message", ({ field, atLimit, pastLimit, message }) => {
    expect(fieldErrors({ [field]: atLimit })).toEqual({});
    expect(fieldErrors({ [field]: pastLimit })).toEqual({ [field]: [message] });
  });

  it("refuses a megabyte in a one-line field without fuss", () => {
    expect(fieldErrors({ title: "长".repeat(1_000_000) }).title).toEqual(["标题最多 120 个字"]);
  });

  it("refuses a version number the database cannot hold", () => {
    expect(versionSchema.safeParse("2147483647").success).toBe(true);
    for (const version of ["2147483648", "1e21", "0", "1.5", "abc"]) {
      const messages = versionSchema.safeParse(version).error?.issues.map((issue) => issue.message);
      expect(new Set(messages), version).toEqual(new Set(["版本号无效"]));
    }
  });
});
