// Rebuilds paragraphs from column lines. A paragraph ends where a line ends a sentence
// and either that line stops short of the column width or the next line starts indented
// (the print indent is lost in OCR, so a first line is ~2 units narrower than the column).
import type { LineEnding } from "./chars";
import { joinLines } from "./normalize-text";

export interface Piece {
  /** Printed text (raw line, or the cleaned rest of a byline line). */
  raw: string;
  width: number;
  ending: LineEnding;
}

/** Typical full-column width: the median width of lines that run on. */
export function columnWidth(pieces: readonly Piece[]): number {
  const runOn: number[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    if (p !== undefined && p.ending === "none") runOn.push(p.width);
  }
  if (runOn.length < 3) return pieces.reduce((max, p) => Math.max(max, p.width), 0);
  runOn.sort((a, b) => a - b);
  return runOn[Math.floor(runOn.length / 2)] ?? 0;
}

/**
 * True when a new paragraph starts at pieces[i]. `prevOpened`: pieces[i-1] itself opened a
 * paragraph, so it is expected ~2 units narrower than the column (lost indent) and is only
 * "short" below that.
 */
function startsParagraph(pieces: readonly Piece[], i: number, column: number, prevOpened: boolean): boolean {
  const prev = pieces[i - 1];
  const cur = pieces[i];
  if (prev === undefined || cur === undefined) return false;
  // The first piece is the rest of a byline line: its width says nothing.
  const expected = prevOpened ? column - 2 : column;
  const prevShort = i - 1 > 0 && prev.width < expected - 1.5;
  if (prev.ending === "full") return prevShort || cur.width <= column - 1;
  if (prev.ending === "soft") return prevShort || cur.width <= column - 1.5;
  return false;
}

/** Groups pieces into cleaned paragraphs (lines joined without a space). */
export function buildParagraphs(pieces: readonly Piece[]): string[] {
  if (pieces.length === 0) return [];
  const column = columnWidth(pieces);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let prevOpened = true;
  pieces.forEach((piece, i) => {
    const opens = i > 0 && startsParagraph(pieces, i, column, prevOpened);
    if (opens && current.length > 0) {
      paragraphs.push(joinLines(current));
      current = [];
    }
    current.push(piece.raw);
    prevOpened = opens;
  });
  if (current.length > 0) paragraphs.push(joinLines(current));
  return paragraphs.filter((p) => p.length > 0);
}
