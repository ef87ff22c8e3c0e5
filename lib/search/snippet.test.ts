import { describe, expect, it } from "vitest";
import { buildSnippet, highlightText, SNIPPET_LENGTH, type TextSegment } from "./snippet";

const text = (segments: TextSegment[]) => segments.map((segment) => segment.text).join("");
const marked = (segments: TextSegment[]) => segments.filter((segment) => segment.isMatch).map((segment) => segment.text);

const BODY = [
  "9月18日下午，市委书记章旭升主持召开市委常委会会议，传达学习上级有关精神，研究部署近期重点工作。",
  "会议指出，要持续深化数字化改革，加快推进除险保安百日攻坚行动，确保全市安全稳定。",
  "会议强调，疫情防控工作不能松懈。章旭升要求各地各部门压实责任，抓好数字化改革各项任务落地见效。",
  "会议还研究了其他事项。".repeat(10),
].join("\n\n");

describe("buildSnippet", () => {
  it("shows the passage with the most distinct terms, then the most matches, with the matches marked", () => {
    const snippet = buildSnippet(BODY, ["章旭升", "数字化改革"]);
    expect(marked(snippet)).toEqual(["数字化改革", "章旭升", "数字化改革"]);
    expect(text(snippet)).toMatch(/^…会议指出，要持续深化数字化改革/);
    expect(text(snippet).length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
  });

  it("starts at a sentence shortly before the match and marks cut ends with …", () => {
    const snippet = buildSnippet(BODY, ["除险保安"]);
    expect(text(snippet)).toMatch(/^…会议指出，要持续深化数字化改革，加快推进除险保安/);
    expect(text(snippet).endsWith("…")).toBe(true);
    expect(text(buildSnippet(BODY, ["其他事项"]))).toMatch(/^…会议还研究了其他事项。/);
  });

  it("turns paragraph breaks into spaces", () => {
    expect(text(buildSnippet(BODY, ["研究部署"]))).not.toContain("\n");
  });

  it("shows the start of the body when nothing matches", () => {
    const snippet = buildSnippet(BODY, ["不存在的词"]);
    expect(marked(snippet)).toEqual([]);
    expect(text(snippet).startsWith("9月18日下午")).toBe(true);
  });

  it("matches the way the index does: full-width and case do not matter", () => {
    expect(marked(buildSnippet("推进ＡＢＣ１２３项目和5G基站", ["abc123", "5g"]))).toEqual(["ＡＢＣ１２３", "5G"]);
  });

  it("keeps HTML in the text as text, never as markup", () => {
    const snippet = buildSnippet('他说：<script>alert("疫情")</script><b>数字化</b>', ["疫情", "数字化"]);
    expect(text(snippet)).toBe('他说：<script>alert("疫情")</script><b>数字化</b>');
    expect(marked(snippet)).toEqual(["疫情", "数字化"]);
  });

  it("prefers the longer term where matches overlap", () => {
    expect(marked(buildSnippet("数字化改革", ["数字", "数字化改革"]))).toEqual(["数字化改革"]);
  });
});

describe("highlightText", () => {
  it("splits a whole title into marked and unmarked segments", () => {
    expect(highlightText("章旭升在疫情防控工作视频调度会上强调", ["疫情", "章旭升"])).toEqual([
      { text: "章旭升", isMatch: true },
      { text: "在", isMatch: false },
      { text: "疫情", isMatch: true },
      { text: "防控工作视频调度会上强调", isMatch: false },
    ]);
  });

  it("returns the text as one segment when there is nothing to mark", () => {
    expect(highlightText("双向奔赴 收获幸福", [])).toEqual([{ text: "双向奔赴 收获幸福", isMatch: false }]);
  });
});
