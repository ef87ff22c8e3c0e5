import { describe, expect, it } from "vitest";
import { parseSnapshot } from "@/lib/articles/revisions";
import { articleInputSchema } from "@/lib/articles/schema";
import { describeConflict, snapshotOfInput } from "./conflict";

const base = parseSnapshot({ kind: "news", title: "原标题", reporters: [], date: "2023-04-21", body: "甲\n\n乙", status: "draft", officials: [], topics: [], pageId: null })!;

describe("describeConflict", () => {
  it("shows theirs and yours field by field, marking what they changed", () => {
    const current = { ...base, title: "他人的标题", status: "published" as const };
    const input = articleInputSchema.parse({ kind: "news", title: "原标题", date: "2023-04-21", body: "甲\n\n乙改", reporters: "", officials: "", topics: [] });
    const yours = snapshotOfInput(input, base, new Map());
    const view = describeConflict({ current, currentVersion: 3, base, yours });
    expect(view.currentVersion).toBe(3);
    expect(view.fields).toEqual([
      { field: "status", label: "状态", theirs: "已发布", yours: "草稿", isChangedByThem: true },
      { field: "title", label: "标题", theirs: "他人的标题", yours: "原标题", isChangedByThem: true },
      { field: "body", label: "正文", theirs: "甲\n\n乙", yours: "甲\n\n乙改", isChangedByThem: false },
    ]);
  });

  it("treats every difference as theirs when the starting version is unknown", () => {
    const yours = { ...base, title: "我的" };
    expect(describeConflict({ current: base, currentVersion: 2, base: null, yours }).fields).toEqual([
      { field: "title", label: "标题", theirs: "原标题", yours: "我的", isChangedByThem: true },
    ]);
  });
});
