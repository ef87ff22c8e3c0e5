import { describe, expect, it } from "vitest";
import { changedFields, fieldText, parseSnapshot } from "./revisions";

const importSnapshot = {
  kind: "news", kicker: null, title: "标题", subtitle: null, bylines: [{ name: "陈晓苏", role: "记者", organization: "本报" }],
  reporters: ["陈晓苏"], date: "2023-04-21", body: "甲\n\n乙", spanStart: 0, spanEnd: 10, status: "published",
};

describe("article snapshots", () => {
  it("reads the importer's snapshots, which record no officials, topics or page", () => {
    const snapshot = parseSnapshot(importSnapshot);
    expect(snapshot).toMatchObject({ title: "标题", status: "published" });
    expect(snapshot?.officials).toBeUndefined();
    expect(fieldText(snapshot!, "officials")).toBeUndefined();
  });

  it("returns null for something that is not a snapshot", () => {
    expect(parseSnapshot({ hello: "world" })).toBeNull();
    expect(parseSnapshot(null)).toBeNull();
  });

  it("lists the changed fields in form order with Chinese labels", () => {
    const before = parseSnapshot({ ...importSnapshot, officials: [{ name: "章旭升" }], topics: [] })!;
    const after = { ...before, title: "新标题", status: "draft" as const, officials: [...(before.officials ?? []), { name: "胡勇春", titles: [], jurisdiction: "永康", actions: [], count: 1 }] };
    expect(changedFields(before, after)).toEqual([
      { field: "status", label: "状态", before: "已发布", after: "草稿" },
      { field: "title", label: "标题", before: "标题", after: "新标题" },
      { field: "officials", label: "领导", before: "章旭升", after: "章旭升、胡勇春" },
    ]);
  });

  it("does not report fields only one snapshot records", () => {
    const old = parseSnapshot(importSnapshot)!;
    const edited = { ...old, officials: [{ name: "章旭升", titles: [], jurisdiction: "永康", actions: [], count: 1 }], topics: [] };
    expect(changedFields(old, edited)).toEqual([]);
  });
});
