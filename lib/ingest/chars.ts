// Character classes shared by the cleaning, layout and byline code.

/** CJK ideographs (basic block, extension A, compatibility) and 〇. */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isHanCode(ch.charCodeAt(0));
}

/** Full-width (CJK) punctuation as printed in the paper. */
export const CJK_PUNCTUATION = "，。、；：？！（）《》〈〉【】「」『』“”‘’…—·～";

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && CJK_PUNCTUATION.includes(ch);
}

/** Han character or CJK punctuation. */
export function isCjk(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Number of CJK ideographs (U+4E00–U+9FFF only) in a string. */
export function countCjkIdeographs(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

const HALF_WIDTH_PUNCT = "“”‘’";

/**
 * Printed width of a cleaned line in column units: ideographs and most full-width
 * punctuation count 1, curly quotes 0.5 (the paper sets them compressed), ASCII 0.5,
 * a space 1. Used only to compare lines of one column with each other.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) w += 1;
    else if (c < 0x80) w += 0.5;
    else if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its pair
    else if (HALF_WIDTH_PUNCT.includes(text.charAt(i))) w += 0.5;
    else w += 1;
  }
  return w;
}

export type LineEnding = "full" | "soft" | "none";

const CLOSERS = "”’」』）》)\"'";
const FULL_STOPS = "。！？!?…";
const SOFT_STOPS = "；：;:";

/**
 * How a (cleaned) line ends: "full" when it ends a sentence (。！？… possibly followed by
 * closing quotes/brackets), "soft" for ；：, "none" when the text runs on.
 */
export function lineEnding(text: string): LineEnding {
  let i = text.length - 1;
  while (i >= 0 && (text.charAt(i) === " " || CLOSERS.includes(text.charAt(i)))) i--;
  if (i < 0) return "none";
  const last = text.charAt(i);
  if (FULL_STOPS.includes(last)) return "full";
  if (SOFT_STOPS.includes(last)) return "soft";
  return "none";
}
