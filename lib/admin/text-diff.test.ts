import { describe, expect, it } from "vitest";
import { diffLines, hasChanges } from "./text-diff";

describe("diffLines", () => {
  it("marks nothing when the texts are equal", () => {
    const lines = diffLines("甲\n\n乙", "甲\n\n乙");
    expect(lines).toEqual([{ op: "same", text: "甲" }, { op: "same", text: "乙" }]);
    expect(hasChanges(lines)).toBe(false);
  });

  it("shows a changed paragraph as removed then added, in place", () => {
    expect(diffLines("甲\n\n乙\n\n丙", "甲\n\n乙二\n\n丙")).toEqual([
      { op: "same", text: "甲" },
      { op: "removed", text: "乙" },
      { op: "added", text: "乙二" },
      { op: "same", text: "丙" },
    ]);
  });

  it("finds insertions and deletions anywhere", () => {
    expect(diffLines("a\nb\nc\nd", "x\na\nc\nd\ny")).toEqual([
      { op: "added", text: "x" },
      { op: "same", text: "a" },
      { op: "removed", text: "b" },
      { op: "same", text: "c" },
      { op: "same", text: "d" },
      { op: "added", text: "y" },
    ]);
  });

  it("handles empty texts on either side", () => {
    expect(diffLines("", "新")).toEqual([{ op: "added", text: "新" }]);
    expect(diffLines("旧", "")).toEqual([{ op: "removed", text: "旧" }]);
    expect(diffLines("", "")).toEqual([]);
  });

  it("keeps markup as plain text in the result", () => {
    expect(diffLines("", "<script>alert(1)</script>")).toEqual([{ op: "added", text: "<script>alert(1)</script>" }]);
  });

  it("rebuilds both sides exactly from its output", () => {
    const before = Array.from({ length: 200 }, (_, i) => `段${i % 17}`).join("\n");
    const after = Array.from({ length: 180 }, (_, i) => `段${(i * 7) % 23}`).join("\n");
    const lines = diffLines(before, after);
    expect(lines.filter((l) => l.op !== "added").map((l) => l.text).join("\n")).toBe(before);
    expect(lines.filter((l) => l.op !== "removed").map((l) => l.text).join("\n")).toBe(after);
  });
});
