import { describe, expect, it } from "vitest";
import { fixtureBytes } from "@/lib/ingest/__fixtures__/support";
import { decodePage } from "@/lib/ingest/decode";
import { IngestError } from "@/lib/ingest/errors";
import { parsePage } from "@/lib/ingest/parse-page";
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

  it("applies the editor's fields and keeps the parser's span", () => {
    const edits = drafts.map((draft, index) => ({ ...draft, title: index === 0 ? "改过的标题" : draft.title, isPublished: index !== 0 }));
    const result = applyDraftEdits(parsed.articles, edits, {});
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.page.articles[0]).toMatchObject({ title: "改过的标题", span: parsed.articles[0]?.span });
    expect(result.page.isPublished[0]).toBe(false);
  });

  it("returns field errors by article position", () => {
    const edits = drafts.map((draft, index) => ({ ...draft, body: index === 1 ? "" : draft.body }));
    const result = applyDraftEdits(parsed.articles, edits, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[1]?.body).toEqual(["正文不能为空"]);
  });

  it("refuses a different number of articles than the parse (no split or merge yet)", () => {
    expect(applyDraftEdits(parsed.articles, drafts.slice(1), {}).ok).toBe(false);
  });
});
