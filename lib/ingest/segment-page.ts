// Cuts a page into items. Anchors are the printed bylines: a news item STARTS at its
// byline (□ line and/or 本报讯…), a commentary at the heading above its signature, and a
// photo caption ENDS at its credit (…融媒记者 卢斌 摄). Each news/commentary region runs to
// the next item's first line; text before the first item or after a caption that no
// anchor claims forms a region without byline.
import {
  leadParenIsOpen,
  matchBoxByline,
  matchCommentarySignature,
  parseLead,
  startsWithLead,
  type Lead,
} from "./bylines";
import { commentaryHeading, type CommentaryHeading } from "./headline";
import { matchPhotoCredit } from "./photo-credit";
import { groupLines, type PageLine } from "./lines";
import type { Byline } from "./types";

export interface NewsAnchor {
  kind: "news";
  /** First line of the byline (□ line or 本报讯 line). */
  first: number;
  /** Last line holding byline text; the body starts on it (`rest`) or right after it. */
  bylineEnd: number;
  bylines: Byline[];
  /** The byline as printed, piece by piece (□ lines, 本报讯, （…）). */
  bylineSource: string[];
  /** Body text printed on line `bylineEnd` after the byline ("" when none). */
  rest: string;
  /** The M月D日 of an outlet marker (新华社北京1月10日电), else "" (the body's dateline counts). */
  markerDate: string;
}

export interface CommentaryAnchor {
  kind: "commentary";
  sig: number;
  bylines: Byline[];
}

export interface PhotoAnchor {
  kind: "photo";
  credit: number;
  caption: string;
  creditText: string;
  bylines: Byline[];
}

export type Anchor = NewsAnchor | CommentaryAnchor | PhotoAnchor;

export type Segment =
  | { kind: "news"; anchor: NewsAnchor; to: number }
  | { kind: "commentary"; anchor: CommentaryAnchor; heading: CommentaryHeading; to: number }
  | { kind: "photo"; anchor: PhotoAnchor; from: number }
  | { kind: "loose"; from: number; to: number };

function readLead(lines: readonly PageLine[], i: number): { lead: Lead; end: number } | null {
  const line = lines[i];
  if (line === undefined) return null;
  if (leadParenIsOpen(line.text)) {
    let joined = line.text;
    for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
      joined += lines[j]?.text ?? "";
      if (/[）)]/.test(lines[j]?.text ?? "")) {
        const lead = parseLead(joined);
        if (lead !== null && lead.paren !== null) return { lead, end: j };
        break;
      }
    }
  }
  const lead = parseLead(line.text);
  return lead === null ? null : { lead, end: i };
}

function leadSource(lead: Lead): string[] {
  return lead.paren === null ? [lead.marker] : [lead.marker, lead.paren];
}

/** All anchors of the page, in line order. */
export function findAnchors(lines: readonly PageLine[]): Anchor[] {
  const anchors: Anchor[] = [];
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]?.text ?? "";
    const boxes: Byline[] = [];
    const boxSource: string[] = [];
    let j = i;
    for (let box = matchBoxByline(text); box !== null; box = matchBoxByline(lines[j]?.text ?? "")) {
      boxes.push(...box);
      boxSource.push(lines[j]?.text ?? "");
      j++;
    }
    const lead = startsWithLead(lines[j]?.text ?? "") ? readLead(lines, j) : null;
    if (boxes.length > 0 || lead !== null) {
      const bylines = [...boxes, ...(lead?.lead.bylines ?? [])];
      const source = [...boxSource, ...(lead === null ? [] : leadSource(lead.lead))];
      const marker = lead?.lead.marker ?? "";
      const markerDate = /\d{1,2}月\d{1,2}日/.exec(marker)?.[0] ?? "";
      const end = lead?.end ?? j - 1;
      anchors.push({ kind: "news", first: i, bylineEnd: end, bylines, bylineSource: source, rest: lead?.lead.rest ?? "", markerDate });
      i = end + 1;
      continue;
    }
    const sig = matchCommentarySignature(text);
    if (sig !== null) anchors.push({ kind: "commentary", sig: i, bylines: sig });
    else {
      const credit = matchPhotoCredit(text);
      if (credit !== null) {
        anchors.push({ kind: "photo", credit: i, caption: credit.caption, creditText: credit.credit, bylines: credit.bylines });
      }
    }
    i++;
  }
  return anchors;
}

/**
 * First line of the caption that ends at `credit`: lines above it of the caption's column
 * width, stopping at a wider line, at a short line that ends a sentence, or at `floor`.
 */
function captionStart(lines: readonly PageLine[], anchor: PhotoAnchor, floor: number): number {
  const { credit } = anchor;
  let column = 0;
  for (let j = credit - 1; j >= Math.max(floor, credit - 3); j--) column = Math.max(column, lines[j]?.width ?? 0);
  let start = credit;
  for (let j = credit - 1; j >= floor; j--) {
    const line = lines[j];
    if (line === undefined || line.width > column + 1.5) break;
    const lastCaptionLine = j === credit - 1 && anchor.caption === "";
    if (line.ending !== "none" && line.width < column - 1.5 && !lastCaptionLine) break;
    start = j;
  }
  return start;
}

/** The news region [from, to) ends with a line that ends no sentence, i.e. with a headline. */
function hasHeadlineTail(lines: readonly PageLine[], from: number, to: number): boolean {
  const last = lines[to - 1];
  return to > from && last !== undefined && last.ending === "none";
}

/** Splits the page into segments covering every line exactly once, in order. */
export function segmentPage(lines: readonly PageLine[]): Segment[] {
  const anchors = findAnchors(lines);
  const starts: number[] = [];
  const headings: (CommentaryHeading | null)[] = [];
  let floor = 0;
  for (let k = 0; k < anchors.length; k++) {
    const anchor = anchors[k];
    if (anchor === undefined) continue;
    if (anchor.kind === "news") {
      starts.push(anchor.first);
      headings.push(null);
      floor = anchor.bylineEnd + 1;
    } else if (anchor.kind === "commentary") {
      const heading = commentaryHeading(lines, anchor.sig, floor);
      starts.push(heading.first);
      headings.push(heading);
      floor = anchor.sig + 1;
    } else {
      let start = captionStart(lines, anchor, floor);
      const prev = anchors[k - 1];
      // A news item keeps at least one headline group above the caption.
      if (prev?.kind === "news" && start > prev.bylineEnd && !hasHeadlineTail(lines, prev.bylineEnd + 1, start)) {
        const groups = groupLines(lines, range(start, anchor.credit));
        if (groups.length >= 2) start = groups[1]?.[0] ?? start;
      }
      starts.push(start);
      headings.push(null);
      floor = anchor.credit + 1;
    }
  }

  const segments: Segment[] = [];
  const firstStart = starts[0] ?? lines.length;
  if (firstStart > 0) segments.push({ kind: "loose", from: 0, to: firstStart });
  anchors.forEach((anchor, k) => {
    const to = starts[k + 1] ?? lines.length;
    if (anchor.kind === "news") segments.push({ kind: "news", anchor, to });
    else if (anchor.kind === "commentary") {
      const heading = headings[k];
      if (heading) segments.push({ kind: "commentary", anchor, heading, to });
    } else {
      segments.push({ kind: "photo", anchor, from: starts[k] ?? anchor.credit });
      if (to > anchor.credit + 1) segments.push({ kind: "loose", from: anchor.credit + 1, to });
    }
  });
  return segments;
}

export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
