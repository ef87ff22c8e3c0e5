import { describe, expect, it } from "vitest";
import { seedContext, seedPreview, seedSources } from "./__fixtures__/seed-page";
import { draftParagraphs, headlineToBody, mergeWithNext, paragraphToHeadline, splitDraft } from "./draft-edits";
import { paragraphStarts } from "./import-structure";

const drafts = seedPreview().articles;
const [report, visit, commentary] = drafts as [(typeof drafts)[number], (typeof drafts)[number], (typeof drafts)[number]];

describe("mergeWithNext", () => {
  it("puts the next draft's headline lines and body after this one's body, and joins the spans", () => {
    const merged = mergeWithNext(drafts, 1, seedContext);
    expect(merged).toHaveLength(2);
    const [, both] = merged;
    expect(both).toMatchObject({ kicker: visit.kicker, title: visit.title, origin: [6, 18], span: [visit.span[0], commentary.span[1]], reporters: "楼盼、陈晓苏" });
    expect(draftParagraphs(both!.body)).toEqual([...draftParagraphs(visit.body), "双向奔赴 收获幸福", "论坚定不移推进城市更新行动", ...draftParagraphs(commentary.body)]);
  });

  it("does nothing on the last draft", () => {
    expect(mergeWithNext(drafts, 2, seedContext)).toEqual(drafts);
  });
});

describe("splitDraft", () => {
  it("makes the paragraphs from the chosen one a new draft with an empty headline, cut where that paragraph starts", () => {
    const split = splitDraft(drafts, 0, 3, seedContext);
    expect(split).toHaveLength(4);
    const [head, tail] = split as [(typeof drafts)[number], (typeof drafts)[number]];
    const cut = paragraphStarts(seedContext.text, seedSources[0]!)[3];
    expect(head).toMatchObject({ title: report.title, reporters: "陈晓苏", origin: [0, 4], span: [report.span[0], cut] });
    expect(tail).toMatchObject({ kicker: "", title: "", subtitle: "", reporters: "", origin: [4, 6], span: [cut, report.span[1]], officials: [] });
    expect([...draftParagraphs(head.body), ...draftParagraphs(tail.body)]).toEqual(draftParagraphs(report.body));
    expect(split.slice(2)).toEqual([visit, commentary]);
  });

  it("cuts by paragraph count when the editor changed the paragraph's text", () => {
    const edited = { ...report, body: draftParagraphs(report.body).map((paragraph, index) => (index === 2 ? `${paragraph}（补）` : paragraph)).join("\n\n") };
    expect(splitDraft([edited], 0, 2, seedContext)[1]?.origin).toEqual([3, 6]);
  });

  it("can split a draft made by an earlier split or merge", () => {
    const merged = mergeWithNext(drafts, 0, seedContext)[0]!;
    const paragraphs = draftParagraphs(merged.body);
    const at = paragraphs.indexOf(draftParagraphs(visit.body)[1]!);
    expect(splitDraft([merged], 0, at, seedContext).map((draft) => draft.origin)).toEqual([[0, 8], [8, 12]]);
  });

  it("refuses to split before the first paragraph or past the last", () => {
    expect(splitDraft(drafts, 0, 0, seedContext)).toEqual(drafts);
    expect(splitDraft(drafts, 0, 5, seedContext)).toEqual(drafts);
  });
});

describe("moving lines between headline and body", () => {
  it("makes a paragraph the title, putting the old title back in its place", () => {
    const moved = paragraphToHeadline({ ...report, body: "第一段\n\n新标题\n\n第三段", title: "旧标题" }, 1, "title");
    expect(moved).toMatchObject({ title: "新标题", body: "第一段\n\n旧标题\n\n第三段" });
  });

  it("fills an empty subtitle without adding a paragraph", () => {
    expect(paragraphToHeadline({ ...report, body: "副题\n\n正文", subtitle: "" }, 0, "subtitle")).toMatchObject({ subtitle: "副题", body: "正文" });
  });

  it("moves a headline line to the top of the body", () => {
    expect(headlineToBody({ ...report, kicker: "引题行", body: "正文" }, "kicker")).toMatchObject({ kicker: "", body: "引题行\n\n正文" });
    const empty = { ...report, subtitle: "" };
    expect(headlineToBody(empty, "subtitle")).toBe(empty);
  });
});
