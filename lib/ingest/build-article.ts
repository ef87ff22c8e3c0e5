// Turns one segment of the page into an article: body paragraphs, headline, bylines, date.
import { displayWidth, lineEnding } from "./chars";
import { articleDate, type YMD } from "./dates";
import { newsHeadline } from "./headline";
import { groupLines, type PageLine } from "./lines";
import { buildParagraphs, type Piece } from "./paragraphs";
import { range, type Segment } from "./segment-page";
import type { ArticleKind, Byline, ParsedArticle } from "./types";

export interface Built {
  /** Null when the segment holds no article; then every line of it is left over. */
  article: ParsedArticle | null;
  /** The byline as printed (markers included), for accounting. */
  bylineSource: string[];
  /** Lines the article covers: first..last, all of them consumed. */
  first: number;
  last: number;
}

function linePiece(line: PageLine): Piece {
  return { raw: line.raw, width: line.width, ending: line.ending };
}

function textPiece(text: string): Piece {
  return { raw: text, width: displayWidth(text), ending: lineEnding(text) };
}

/** Names of the people in the bylines; a commentary signature (本报特约评论员) is nobody. */
export function reportersOf(bylines: readonly Byline[]): string[] {
  const names: string[] = [];
  for (const b of bylines) {
    const signature = b.role !== null && b.name.endsWith(b.role);
    if (!signature && !names.includes(b.name)) names.push(b.name);
  }
  return names;
}

function lastSentenceEnd(lines: readonly PageLine[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (lines[i]?.ending === "full") return i;
  return -1;
}

function spanOf(lines: readonly PageLine[], first: number, last: number): [number, number] {
  return [lines[first]?.start ?? 0, lines[last]?.end ?? 0];
}

interface Parts {
  kind: ArticleKind;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  bylines: Byline[];
  pieces: Piece[];
  dateline: string;
}

function article(lines: readonly PageLine[], parts: Parts, first: number, last: number, page: YMD): ParsedArticle {
  const paragraphs = buildParagraphs(parts.pieces);
  return {
    kind: parts.kind,
    kicker: parts.kicker,
    title: parts.title,
    subtitle: parts.subtitle,
    bylines: parts.bylines,
    reporters: reportersOf(parts.bylines),
    date: articleDate(parts.dateline !== "" ? parts.dateline : (paragraphs[0] ?? ""), page),
    paragraphs,
    span: spanOf(lines, first, last),
  };
}

const NOTHING: Built = { article: null, bylineSource: [], first: -1, last: -2 };

/** News (with a byline) and loose regions (body followed by a headline, no byline). */
function buildNews(lines: readonly PageLine[], seg: Segment, page: YMD): Built {
  if (seg.kind !== "news" && seg.kind !== "loose") return NOTHING;
  const anchor = seg.kind === "news" ? seg.anchor : null;
  const first = anchor?.first ?? (seg.kind === "loose" ? seg.from : 0);
  const bodyFrom = anchor === null ? first : anchor.bylineEnd + 1;
  const rest = anchor?.rest ?? "";
  const to = seg.to;
  let end = lastSentenceEnd(lines, bodyFrom, to);
  if (end === -1 && rest !== "" && lineEnding(rest) === "full") end = bodyFrom - 1;
  if (end === -1) {
    if (anchor === null) return NOTHING;
    // No sentence end at all: the last group is taken as the headline.
    const groups = groupLines(lines, range(bodyFrom, to));
    end = groups.length >= 2 ? (groups[groups.length - 1]?.[0] ?? to) - 1 : to - 1;
  }
  const headline = newsHeadline(lines, range(end + 1, to), to >= lines.length);
  if (anchor === null && headline.title === null) return NOTHING;
  const pieces: Piece[] = [];
  if (rest !== "") pieces.push(textPiece(rest));
  for (let i = bodyFrom; i <= end; i++) {
    const line = lines[i];
    if (line !== undefined) pieces.push(linePiece(line));
  }
  const last = Math.max(end, anchor?.bylineEnd ?? first, ...headline.used);
  const parts: Parts = {
    kind: "news",
    kicker: headline.kicker,
    title: headline.title,
    subtitle: headline.subtitle,
    bylines: anchor?.bylines ?? [],
    pieces,
    dateline: anchor?.markerDate ?? "",
  };
  return { article: article(lines, parts, first, last, page), bylineSource: anchor?.bylineSource ?? [], first, last };
}

function buildCommentary(lines: readonly PageLine[], seg: Segment, page: YMD): Built {
  if (seg.kind !== "commentary") return NOTHING;
  const { anchor, heading, to } = seg;
  const bodyFrom = anchor.sig + 1;
  let end = lastSentenceEnd(lines, bodyFrom, to);
  if (end === -1) end = to - 1;
  const pieces: Piece[] = [];
  for (let i = bodyFrom; i <= end; i++) {
    const line = lines[i];
    if (line !== undefined) pieces.push(linePiece(line));
  }
  const last = Math.max(anchor.sig, end);
  const parts: Parts = { kind: "commentary", ...heading, bylines: anchor.bylines, pieces, dateline: "" };
  const source = [lines[anchor.sig]?.text ?? ""];
  return { article: article(lines, parts, heading.first, last, page), bylineSource: source, first: heading.first, last };
}

function buildPhoto(lines: readonly PageLine[], seg: Segment, page: YMD): Built {
  if (seg.kind !== "photo") return NOTHING;
  const { anchor, from } = seg;
  const pieces: Piece[] = [];
  for (let i = from; i < anchor.credit; i++) {
    const line = lines[i];
    if (line !== undefined) pieces.push(linePiece(line));
  }
  if (anchor.caption !== "") pieces.push(textPiece(anchor.caption));
  const parts: Parts = { kind: "photo", kicker: null, title: null, subtitle: null, bylines: anchor.bylines, pieces, dateline: "" };
  return { article: article(lines, parts, from, anchor.credit, page), bylineSource: [anchor.creditText], first: from, last: anchor.credit };
}

/** Builds the article of one segment (or nothing). */
export function buildSegment(lines: readonly PageLine[], seg: Segment, page: YMD): Built {
  switch (seg.kind) {
    case "news":
    case "loose":
      return buildNews(lines, seg, page);
    case "commentary":
      return buildCommentary(lines, seg, page);
    case "photo":
      return buildPhoto(lines, seg, page);
  }
}
