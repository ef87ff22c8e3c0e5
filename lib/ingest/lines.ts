// Splits page text into its non-blank lines, keeping offsets into the page text.
import { displayWidth, lineEnding, type LineEnding } from "./chars";
import { cleanText } from "./normalize-text";

export interface PageLine {
  /** Offset of the first non-space character of the line in the page text. */
  start: number;
  /** Offset just after the last non-space character. */
  end: number;
  /** page.slice(start, end): the line as printed, ends trimmed. */
  raw: string;
  /** The cleaned line. */
  text: string;
  width: number;
  ending: LineEnding;
  /**
   * A blank line (or the page start) precedes this line. On a page with (almost) no blank
   * lines at all this is true for every line: lines then group only with themselves.
   */
  blankBefore: boolean;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** Non-blank lines of the page, in order. Whitespace-only lines count as blank. */
export function splitLines(page: string): PageLine[] {
  const lines: PageLine[] = [];
  let blankBefore = true;
  let pos = 0;
  while (pos <= page.length) {
    let nl = page.indexOf("\n", pos);
    if (nl === -1) nl = page.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpaceCode(page.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(page.charCodeAt(e - 1))) e--;
    if (s === e) {
      blankBefore = true;
    } else {
      const raw = page.slice(s, e);
      const text = cleanText(raw);
      lines.push({ start: s, end: e, raw, text, width: displayWidth(text), ending: lineEnding(text), blankBefore });
      blankBefore = false;
    }
    pos = nl + 1;
  }
  // A page printed without blank lines between column lines gives no grouping signal:
  // then every line stands alone, as if blank lines separated them all.
  const separated = lines.reduce((n, l) => n + (l.blankBefore ? 1 : 0), 0);
  if (lines.length >= 20 && separated * 10 < lines.length) for (const l of lines) l.blankBefore = true;
  return lines;
}

/** Consecutive lines (no blank line between them) form a group. */
export function groupLines(lines: readonly PageLine[], indices: readonly number[]): number[][] {
  const groups: number[][] = [];
  for (const i of indices) {
    const line = lines[i];
    const current = groups[groups.length - 1];
    if (line === undefined) continue;
    if (current === undefined || line.blankBefore || current[current.length - 1] !== i - 1) groups.push([i]);
    else current.push(i);
  }
  return groups;
}
