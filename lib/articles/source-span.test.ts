import { describe, expect, it } from "vitest";
import { splitAtSpan } from "./source-span";

describe("splitAtSpan", () => {
  it("cuts the page text around the article's span", () => {
    expect(splitAtSpan("版头\n正文一段\n下一篇", [3, 7])).toEqual({ before: "版头\n", marked: "正文一段", after: "\n下一篇" });
  });

  it("allows a span covering the whole page", () => {
    expect(splitAtSpan("全文", [0, 2])).toEqual({ before: "", marked: "全文", after: "" });
  });

  it("highlights nothing for a missing, empty, reversed or out-of-range span", () => {
    for (const span of [null, [2, 2], [3, 1], [-1, 2], [0, 99], [0.5, 2]] as const) {
      expect(splitAtSpan("一二三四", span as [number, number] | null)).toBeNull();
    }
  });

  it("keeps markup in the source as plain text", () => {
    expect(splitAtSpan("<b>x</b>", [0, 3])?.marked).toBe("<b>");
  });
});
