import { z } from "zod";
import { describe, expect, it } from "vitest";
import { articleInputSchema, normalizeBody, parseArticleForm } from "./schema";

const valid = { kind: "news", kicker: "", title: "市委常委会召开会议", subtitle: "", reporters: "陈晓苏、卢斌", date: "2023-04-21", pageId: "", body: "第一段。\n\n第二段。", officials: "章旭升", topics: [] as string[] };

function errorsOf(input: Record<string, unknown>) {
  const result = articleInputSchema.safeParse(input);
  if (result.success) throw new Error("expected a validation error");
  return z.flattenError(result.error).fieldErrors;
}

describe("articleInputSchema", () => {
  it("accepts a complete article and normalises it", () => {
    const article = articleInputSchema.parse({ ...valid, kicker: "  ", subtitle: " ——副题 " });
    expect(article).toMatchObject({ kind: "news", kicker: null, subtitle: "——副题", reporters: ["陈晓苏", "卢斌"], pageId: null, officials: ["章旭升"], topics: [] });
  });

  it("explains in Chinese what is wrong with each field", () => {
    const errors = errorsOf({ ...valid, kind: "blog", date: "2023-02-30", body: "  \n ", title: "", pageId: "abc", officials: "X" });
    expect(errors.kind).toEqual(["请选择文章类型"]);
    expect(errors.date).toEqual(["请输入有效的日期（年-月-日）"]);
    expect(errors.body).toEqual(["正文不能为空"]);
    expect(errors.pageId).toEqual(["版面编号应为正整数"]);
    expect(errors.officials).toEqual(["领导姓名应为 2–6 个汉字"]);
  });

  it("requires a title except for photo captions", () => {
    expect(errorsOf({ ...valid, title: "" }).title).toEqual(["标题不能为空（图片新闻除外）"]);
    expect(articleInputSchema.parse({ ...valid, kind: "photo", title: "" }).title).toBeNull();
  });

  it("limits the length of every text field", () => {
    const errors = errorsOf({ ...valid, kicker: "引".repeat(81), title: "标".repeat(121), subtitle: "副".repeat(161), body: "字".repeat(100_001) });
    expect(errors.kicker).toEqual(["引题最多 80 个字"]);
    expect(errors.title).toEqual(["标题最多 120 个字"]);
    expect(errors.subtitle).toEqual(["副题最多 160 个字"]);
    expect(errors.body).toEqual(["正文最多 100000 个字"]);
    expect(errorsOf({ ...valid, reporters: Array.from({ length: 21 }, (_, i) => `记者${i}`).join("、") }).reporters).toEqual(["记者最多 20 位"]);
  });

  it("keeps markup as plain text: nothing is stripped or interpreted", () => {
    const article = articleInputSchema.parse({ ...valid, title: "<script>alert(1)</script>", body: "<img src=x onerror=alert(1)>" });
    expect(article.title).toBe("<script>alert(1)</script>");
    expect(article.body).toBe("<img src=x onerror=alert(1)>");
  });

  it("reads repeated topic checkboxes from FormData", () => {
    const formData = new FormData();
    for (const [key, value] of Object.entries({ ...valid, topics: undefined })) if (typeof value === "string") formData.set(key, value);
    formData.append("topics", "party-building");
    formData.append("topics", "party-building");
    formData.append("topics", "epidemic-control");
    const parsed = parseArticleForm(formData);
    expect(parsed.success && parsed.data.topics).toEqual(["party-building", "epidemic-control"]);
  });
});

describe("normalizeBody", () => {
  it("makes every non-empty line a paragraph separated by one blank line", () => {
    expect(normalizeBody("\r\n  第一段。\r\n\r\n\r\n\u3000\u3000第二段。\n第三段。  \n")).toBe("第一段。\n\n第二段。\n\n第三段。");
  });

  it("drops control characters left by OCR", () => {
    expect(normalizeBody("正\u0000文\u0007。")).toBe("正文。");
  });
});
