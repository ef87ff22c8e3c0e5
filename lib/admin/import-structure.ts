// Where the drafts of a pasted page come from, once an editor has split and merged them (pure).
//
// The parser's articles are cut into units: each article is a head unit (its headline and
// byline) followed by one unit per paragraph. A draft's `origin` is the half-open range of
// units [from, to) it was made from; the drafts of a page cover all units, in order. The
// browser sends only origins; the server parses the page again and derives each draft's span
// and printed bylines from its origin, so neither is ever taken from the browser.
import { isHan } from "@/lib/officials/normalize";
import type { Span } from "@/lib/ingest/types";

/** A parsed article as the structure sees it: where it is on the page, and its paragraphs. */
export interface SourceArticle {
  span: Span;
  paragraphs: readonly string[];
}

export type Origin = [from: number, to: number];

/** The first unit (the head) of each article, then the total number of units. */
export function unitStarts(sources: readonly SourceArticle[]): number[] {
  const starts = [0];
  for (const source of sources) starts.push((starts.at(-1) ?? 0) + 1 + source.paragraphs.length);
  return starts;
}

/** One draft per parsed article, as the parser cut the page. */
export function initialOrigins(sources: readonly SourceArticle[]): Origin[] {
  const starts = unitStarts(sources);
  return sources.map((_, index) => [starts[index] ?? 0, starts[index + 1] ?? 0]);
}

/** Whether the origins cover every unit exactly once, in order (empty ranges allowed). */
export function isValidTiling(origins: readonly Origin[], sources: readonly SourceArticle[]): boolean {
  const total = unitStarts(sources).at(-1) ?? 0;
  let at = 0;
  for (const [from, to] of origins) {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from !== at || to < from) return false;
    at = to;
  }
  return origins.length > 0 && at === total;
}

const HAN_PREFIX = 12;

/**
 * Where each paragraph starts in the page text. The cleaner never adds or removes a Han
 * character, so a paragraph is found by its first Han characters, in order, and taken back
 * to the start of its line; one that cannot be found gets a proportional offset.
 */
export function paragraphStarts(text: string, source: SourceArticle): number[] {
  const [spanStart, spanEnd] = source.span;
  const han: string[] = [];
  const offsets: number[] = [];
  for (let i = spanStart; i < spanEnd; i++) {
    if (isHan(text[i])) {
      han.push(text[i] as string);
      offsets.push(i);
    }
  }
  const haystack = han.join("");
  const total = source.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0) || 1;
  const starts: number[] = [];
  let searchFrom = 0;
  let charsBefore = 0;
  source.paragraphs.forEach((paragraph, index) => {
    const previous = starts.at(-1) ?? spanStart;
    let start = spanStart;
    if (index > 0) {
      const needle = [...paragraph].filter((ch) => isHan(ch)).slice(0, HAN_PREFIX).join("");
      const found = needle === "" ? -1 : haystack.indexOf(needle, searchFrom);
      if (found >= 0) {
        start = lineStart(text, offsets[found] as number, previous);
        searchFrom = found + needle.length;
      } else {
        start = Math.max(previous, Math.min(spanEnd, spanStart + Math.round(((spanEnd - spanStart) * charsBefore) / total)));
      }
    }
    starts.push(start);
    charsBefore += paragraph.length;
  });
  return starts;
}

/** Back from `offset` to the first non-space character of its line, but not before `floor`. */
function lineStart(text: string, offset: number, floor: number): number {
  let start = offset;
  while (start > floor && text[start - 1] !== "\n") start--;
  while (start < offset && /\s/.test(text[start] as string)) start++;
  return start;
}

export interface ResolvedOrigin {
  span: Span;
  /** The source articles whose head lies in the range: their printed bylines belong to the draft. */
  heads: number[];
}

/** The page span and the source heads of one draft's origin. */
export function resolveOrigin(text: string, sources: readonly SourceArticle[], [from, to]: Origin): ResolvedOrigin {
  const starts = unitStarts(sources);
  const articleOf = (unit: number) => Math.max(0, starts.findLastIndex((start, index) => index < sources.length && start <= unit));
  const startsCache = new Map<number, number[]>();
  const offsetOf = (unit: number): number => {
    if (unit >= (starts.at(-1) ?? 0)) return sources.at(-1)?.span[1] ?? 0;
    const article = articleOf(unit);
    const source = sources[article] as SourceArticle;
    const k = unit - (starts[article] ?? 0);
    if (k === 0) return source.span[0];
    if (!startsCache.has(article)) startsCache.set(article, paragraphStarts(text, source));
    return startsCache.get(article)?.[k - 1] ?? source.span[0];
  };
  const heads = sources.flatMap((_, index) => ((starts[index] ?? 0) >= from && (starts[index] ?? 0) < to ? [index] : []));
  const start = offsetOf(from);
  if (to === from) return { span: [start, start], heads };
  // A range ending with an article's last paragraph ends where that article ends on the page.
  const endsArticle = starts.includes(to);
  const end = endsArticle ? (sources[articleOf(to - 1)] as SourceArticle).span[1] : offsetOf(to);
  return { span: [start, Math.max(start, end)], heads };
}

/** Leftover lines that now fall inside a merged draft's span belong to it. */
export function unassignedOutside(unassigned: readonly Span[], spans: readonly Span[]): Span[] {
  return unassigned.filter(([start, end]) => !spans.some(([from, to]) => from <= start && end <= to && from < to));
}
