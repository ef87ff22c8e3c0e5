// The import review's structural edits on drafts (pure, run in the browser): merge a draft
// with the next one, split one at a paragraph, and move lines between headline and body.
// Nothing typed is ever lost: a line moved out of one place lands in another.
import type { DraftArticle } from "./import-preview";
import { resolveOrigin, unitStarts, type Origin, type SourceArticle } from "./import-structure";

export interface PageContext {
  text: string;
  sources: readonly SourceArticle[];
}

export type HeadlineField = "kicker" | "title" | "subtitle";
export const HEADLINE_FIELDS: readonly HeadlineField[] = ["kicker", "title", "subtitle"];

/** The body's paragraphs as the server will store them: every non-empty line is one. */
export function draftParagraphs(body: string): string[] {
  return body.split("\n").map((line) => line.trim()).filter((line) => line !== "");
}

const joinParagraphs = (paragraphs: readonly string[]) => paragraphs.join("\n\n");
const joinNames = (...lists: string[]) => [...new Set(lists.flatMap((list) => list.split(/[、,，;；\s]+/)).filter(Boolean))].join("、");

function withOrigin(draft: DraftArticle, origin: Origin, context: PageContext): DraftArticle {
  return { ...draft, origin, span: resolveOrigin(context.text, context.sources, origin).span };
}

/**
 * Draft `index` and the one after it become one: the second's headline lines and body
 * follow the first's body; reporters, officials and topics are joined.
 */
export function mergeWithNext(drafts: readonly DraftArticle[], index: number, context: PageContext): DraftArticle[] {
  const first = drafts[index];
  const second = drafts[index + 1];
  if (!first || !second) return [...drafts];
  const secondHeadline = HEADLINE_FIELDS.map((field) => second[field].trim()).filter(Boolean);
  const merged: DraftArticle = withOrigin(
    {
      ...first,
      body: joinParagraphs([...draftParagraphs(first.body), ...secondHeadline, ...draftParagraphs(second.body)]),
      reporters: joinNames(first.reporters, second.reporters),
      officials: [...new Set([...first.officials, ...second.officials])],
      topics: [...new Set([...first.topics, ...second.topics])],
    },
    [first.origin[0], second.origin[1]],
    context,
  );
  return [...drafts.slice(0, index), merged, ...drafts.slice(index + 2)];
}

/**
 * Splits draft `index` before its body paragraph `paragraph` (≥ 1): the paragraphs from there
 * on become a new draft with an empty headline, right after it. The cut in the page follows
 * the parser's paragraph of the same text, else the same count of paragraphs.
 */
export function splitDraft(drafts: readonly DraftArticle[], index: number, paragraph: number, context: PageContext): DraftArticle[] {
  const draft = drafts[index];
  const paragraphs = draft ? draftParagraphs(draft.body) : [];
  if (!draft || paragraph < 1 || paragraph >= paragraphs.length) return [...drafts];
  const cut = cutUnit(draft.origin, paragraphs[paragraph] as string, paragraph, context.sources);
  const head = withOrigin({ ...draft, body: joinParagraphs(paragraphs.slice(0, paragraph)) }, [draft.origin[0], cut], context);
  const tail = withOrigin(
    { ...draft, kicker: "", title: "", subtitle: "", reporters: "", body: joinParagraphs(paragraphs.slice(paragraph)), officials: [], topics: [] },
    [cut, draft.origin[1]],
    context,
  );
  return [...drafts.slice(0, index), head, tail, ...drafts.slice(index + 1)];
}

/** The unit the second part starts at, strictly inside the origin when it has room. */
function cutUnit([from, to]: Origin, text: string, paragraph: number, sources: readonly SourceArticle[]): number {
  const starts = unitStarts(sources);
  const textOf = (unit: number): string | null => {
    const article = starts.findLastIndex((start, i) => i < sources.length && start <= unit);
    const k = unit - (starts[article] ?? 0);
    return k === 0 ? null : (sources[article]?.paragraphs[k - 1] ?? null);
  };
  for (let unit = from + 1; unit < to; unit++) if (textOf(unit) === text) return unit;
  const byCount = from + (starts.includes(from) ? 1 : 0) + paragraph;
  return Math.min(to, Math.max(from + (to - from > 1 ? 1 : 0), byCount));
}

/**
 * Body paragraph `paragraph` becomes the kicker, title or subtitle; what that field held
 * goes back into the body in its place.
 */
export function paragraphToHeadline(draft: DraftArticle, paragraph: number, field: HeadlineField): DraftArticle {
  const paragraphs = draftParagraphs(draft.body);
  const line = paragraphs[paragraph];
  if (line === undefined) return draft;
  const previous = draft[field].trim();
  const body = [...paragraphs.slice(0, paragraph), ...(previous ? [previous] : []), ...paragraphs.slice(paragraph + 1)];
  return { ...draft, [field]: line, body: joinParagraphs(body) };
}

/** A headline field's text becomes the body's first paragraph, and the field is emptied. */
export function headlineToBody(draft: DraftArticle, field: HeadlineField): DraftArticle {
  const line = draft[field].trim();
  if (line === "") return draft;
  return { ...draft, [field]: "", body: joinParagraphs([line, ...draftParagraphs(draft.body)]) };
}
