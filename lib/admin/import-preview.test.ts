import { describe, expect, it } from "vitest";
import { fixtureBytes } from "@/lib/ingest/__fixtures__/support";
import { decodePage } from "@/lib/ingest/decode";
import { IngestError } from "@/lib/ingest/errors";
import { parsePage } from "@/lib/ingest/parse-page";
import { seedContext, seedParse, seedPreview, seedText } from "./__fixtures__/seed-page";
import { mergeWithNext, splitDraft } from "./draft-edits";
import { applyDraftEdits, pastedFileName, previewPage } from "./import-preview";

const text = decodePage(fixtureBytes("page-2022-03-06.txt"), "page.txt");
const date = "2022-03-06";

describe("previewPage", () => {
  it("turns a page into editable drafts whose spans index the page text", () => {
    const preview = previewPage({ text, date, fileName: "page.txt", analyze: {} });
    expect(preview.articles.length).toBeGreaterThan(0);
    for (const draft of preview.articles) {
      expect(draft.isPublished).toBe(true);
      const [start, end] = draft.span;
      expect(end).toBeGreaterThan(start);
      expect(text.slice(start, end).length).toBe(end - start);
    }
  });

  it("refuses text in which the parser finds no article", () => {
    expect(() => previewPage({ text: "只有一行", date, fileName: "x.txt", analyze: {} })).toThrow(IngestError);
  });

  it("names pasted text after its content, so pasting it again updates the same page", () => {
    expect(pastedFileName(text, date)).toBe(pastedFileName(text, date));
    expect(pastedFileName(text, date)).not.toBe(pastedFileName(`${text}。`, date));
    expect(pastedFileName(text, date)).toMatch(/^paste-2022-03-06-[0-9a-f]{12}\.txt$/);
  });
});

describe("applyDraftEdits", () => {
  const parsed = parsePage(text, date);
  const drafts = previewPage({ text, date, fileName: "page.txt", analyze: {} }).articles;
  const apply = (edits: typeof drafts) => applyDraftEdits({ text, original: parsed.articles, edits, analyze: {} });

  it("applies the editor's fields and keeps the parser's span", () => {
    const edits = drafts.map((draft, index) => ({ ...draft, title: index === 0 ? "改过的标题" : draft.title, isPublished: index !== 0 }));
    const result = apply(edits);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.page.articles[0]).toMatchObject({ title: "改过的标题", span: parsed.articles[0]?.span });
    expect(result.page.isPublished[0]).toBe(false);
  });

  it("returns field errors by article position", () => {
    const edits = drafts.map((draft, index) => ({ ...draft, body: index === 1 ? "" : draft.body }));
    const result = apply(edits);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[1]?.body).toEqual(["正文不能为空"]);
  });

  it("never takes a span from the browser", () => {
    const result = apply(drafts.map((draft) => ({ ...draft, span: [0, 3] as [number, number] })));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.page.articles.map((article) => article.span)).toEqual(parsed.articles.map((article) => article.span));
  });

  it("refuses drafts that do not regroup the whole parse", () => {
    expect(apply(drafts.slice(1))).toMatchObject({ ok: false, isStructureInvalid: true });
    expect(apply(drafts.map((draft) => ({ ...draft, origin: [0, 3] as [number, number] })))).toMatchObject({ ok: false, isStructureInvalid: true });
  });
});

describe("split and merge survive the server's parse", () => {
  const apply = (edits: ReturnType<typeof seedPreview>["articles"]) => applyDraftEdits({ text: seedText, original: seedParse.articles, edits, analyze: { knownNames: ["章旭升"] } });

  it("gives a split article's parts the spans the browser showed, and the printed byline to the first part", () => {
    const split = splitDraft(seedPreview().articles, 0, 3, seedContext);
    split[1] = { ...split[1]!, title: "拆出来的新文章", bylines: [{ name: "伪造", role: "记者", organization: null }] } as (typeof split)[number];
    const result = apply(split);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.page.articles.map((article) => article.span)).toEqual(split.map((draft) => draft.span));
    expect(result.page.articles[0]?.bylines).toEqual(seedParse.articles[0]?.bylines);
    expect(result.page.articles[1]).toMatchObject({ title: "拆出来的新文章", bylines: [], reporters: [] });
    expect(result.page.articles[1]?.officials.map((official) => official.name)).toContain("章旭升");
  });

  it("gives a merged article both printed bylines and the joined span", () => {
    const merged = mergeWithNext(seedPreview().articles, 0, seedContext);
    const result = apply(merged);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.page.articles).toHaveLength(2);
    expect(result.page.articles[0]?.span).toEqual([seedParse.articles[0]!.span[0], seedParse.articles[1]!.span[1]]);
    expect(result.page.articles[0]?.bylines.map((byline) => [byline.name, byline.role])).toEqual([["陈晓苏", "融媒首席记者"], ["楼盼", "记者"]]);
  });
});
