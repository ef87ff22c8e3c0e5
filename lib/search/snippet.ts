// Highlighting for search results (pure): plain-text segments that the UI wraps in <mark>, so no
// HTML is ever built from article text.
import { normalizeForSearch } from "./tokenize";

export interface TextSegment {
  text: string;
  isMatch: boolean;
}

/** Characters of the passage a snippet shows around the best match. */
export const SNIPPET_LENGTH = 100;
/** Context kept before the first match when no sentence starts shortly before it. */
const LEAD_IN = 20;
const SENTENCE_END = /[。！？!?；;\n]/u;

interface Match {
  start: number;
  end: number;
  term: string;
}

/** The whole text split into matching and non-matching segments (titles, short fields). */
export function highlightText(text: string, terms: readonly string[]): TextSegment[] {
  return segmentsOf(text, findMatches(text, terms), 0, text.length);
}

/**
 * About SNIPPET_LENGTH characters of the body around its best passage (the one showing the most
 * distinct terms, then the most matches, then the earliest), with the matches marked. Without a
 * match, the start of the body. Paragraph breaks become spaces; "…" marks cut ends.
 */
export function buildSnippet(body: string, terms: readonly string[]): TextSegment[] {
  const matches = findMatches(body, terms);
  if (matches.length === 0) return segmentsOf(body, [], 0, Math.min(body.length, SNIPPET_LENGTH));

  let best = { start: 0, end: 0, distinct: -1, count: -1 };
  for (const anchor of matches) {
    const start = windowStart(body, anchor.start);
    const end = Math.min(body.length, start + SNIPPET_LENGTH);
    const inside = matches.filter((match) => match.start >= start && match.end <= end);
    const distinct = new Set(inside.map((match) => match.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count)) {
      best = { start, end: Math.max(end, anchor.end), distinct, count: inside.length };
    }
  }
  return segmentsOf(body, matches, best.start, best.end);
}

/** Where a passage showing a match at `at` starts: after a sentence end shortly before it, else a little before it. */
function windowStart(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - SNIPPET_LENGTH / 2); i--) {
    if (SENTENCE_END.test(text[i] as string)) return i + 1;
  }
  return Math.max(0, at - LEAD_IN);
}

/**
 * Non-overlapping occurrences of the terms (normalised as the index normalises: NFKC, lower case),
 * longer terms first, as offsets into the original text.
 */
function findMatches(text: string, terms: readonly string[]): Match[] {
  const { normalized, offsets } = normalizedWithOffsets(text);
  const wanted = [...new Set(terms.map(normalizeForSearch).filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(normalized.length);
  const matches: Match[] = [];
  for (const term of wanted) {
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (taken.subarray(at, end).some(Boolean)) continue;
      taken.fill(1, at, end);
      matches.push({ start: offsets[at] as number, end: offsets[end] as number, term });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** The text normalised code point by code point, with each normalised index's offset in the original. */
function normalizedWithOffsets(text: string): { normalized: string; offsets: number[] } {
  let normalized = "";
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = normalizeForSearch(char);
    for (let i = 0; i < piece.length; i++) offsets.push(offset);
    normalized += piece;
    offset += char.length;
  }
  offsets.push(offset);
  return { normalized, offsets };
}

function segmentsOf(text: string, matches: Match[], start: number, end: number): TextSegment[] {
  const segments: TextSegment[] = [];
  const push = (piece: string, isMatch: boolean) => {
    const clean = piece.replace(/\s*\n+\s*/gu, " ");
    if (!clean) return;
    const last = segments.at(-1);
    if (last && last.isMatch === isMatch && !isMatch) last.text += clean;
    else segments.push({ text: clean, isMatch });
  };
  if (start > 0) push("…", false);
  let at = start;
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    push(text.slice(at, match.start), false);
    push(text.slice(match.start, match.end), true);
    at = match.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push("…", false);
  return segments;
}
