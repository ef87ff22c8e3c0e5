// Cleaning of OCR text. Every function is pure, idempotent and never removes or adds
// a CJK ideograph: it only changes spaces, ASCII/full-width forms and punctuation.
import { isAsciiAlnum, isCjk, isCjkPunct, isDigit, isHan } from "./chars";

const OTHER_SPACES = /[^\S\n]/g; // any whitespace except LF: tab, CR, NBSP, U+3000, BOM…
const MULTI_SPACES = / {2,}/g;

/** Every kind of space (U+3000, NBSP, tab, …) becomes one ASCII space; runs collapse. */
export function normalizeSpaces(text: string): string {
  return text.replace(OTHER_SPACES, " ").replace(MULTI_SPACES, " ");
}

/** Full-width ASCII letters and digits (０-９, Ａ-Ｚ, ａ-ｚ) become half-width. */
export function toHalfWidthAlnum(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const ASCII_TO_FULL: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

/**
 * ASCII punctuation touching a CJK character becomes full-width: , ; : ? ! ( ) and
 * straight double quotes (alternating “ ”). A full stop becomes 。 after an ideograph
 * unless a letter or digit follows (3.5, www.x.cn stay). 10:30, 1,000 stay.
 */
export function toFullWidthPunctuation(text: string): string {
  if (!/[,;:?!()".]/.test(text)) return text;
  let out = "";
  let quoteCount = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const prev = text.charAt(i - 1);
    const next = text.charAt(i + 1);
    const touchesCjk = isCjk(prev) || isCjk(next);
    if (ch === '"') {
      out += touchesCjk ? (quoteCount % 2 === 0 ? "“" : "”") : ch;
      quoteCount++;
    } else if (ch === ".") {
      out += isHan(prev) && !isAsciiAlnum(next) ? "。" : ch;
    } else {
      const full = ASCII_TO_FULL[ch];
      out += full !== undefined && touchesCjk ? full : ch;
    }
  }
  return out;
}

/**
 * A token of a letter-spaced run: at most one ideograph, otherwise only CJK punctuation
 * (`发`, `，形`, `位“`, `。`).
 */
function isSpacedUnit(token: string): boolean {
  if (token.length === 0 || token.length > 4) return false;
  let han = 0;
  for (const ch of token) {
    if (isHan(ch)) han++;
    else if (!isCjkPunct(ch)) return false;
  }
  return han <= 1;
}

/**
 * Removes OCR letter-spacing: `发 展 开 展 了 大 量 ，形 成 了` → `发展开展了大量，形成了`.
 * A space goes when it sits inside or at the edge of a run of two or more single-character
 * tokens and both neighbouring characters are CJK. Spaces between multi-character phrases
 * (`世界五金之都 品质活力永康`, `群策群力 合力攻坚`) stay. Expects single spaces.
 */
export function collapseLetterSpacing(text: string): string {
  if (!text.includes(" ")) return text;
  const tokens = text.split(" ");
  const unit = tokens.map(isSpacedUnit);
  let out = tokens[0] ?? "";
  for (let i = 1; i < tokens.length; i++) {
    const left = tokens[i - 1] ?? "";
    const right = tokens[i] ?? "";
    const a = unit[i - 1] === true;
    const b = unit[i] === true;
    const inRun = (a && b) || (a && unit[i - 2] === true) || (b && unit[i + 1] === true);
    const joinable = isCjk(left.charAt(left.length - 1)) && isCjk(right.charAt(0));
    out += inRun && joinable ? right : " " + right;
  }
  return out;
}

/**
 * `12 月 23 日` → `12月23日`, `不足 5000元` → `不足5000元`: no space between a number and CJK.
 * A code mixing letters and digits keeps its space (`A2 五金产业…`, a page label).
 */
export function collapseDigitSpacing(text: string): string {
  if (!text.includes(" ")) return text;
  return text
    .replace(/(?<![A-Za-z][\d.]*)(\d) (?=[\u3007\u3400-\u9fff\uf900-\ufaff，。、；：？！（）《》【】“”‘’…])/g, "$1")
    .replace(/([\u3007\u3400-\u9fff\uf900-\ufaff，。、；：？！（）《》【】“”‘’…]) (?=\d)/g, "$1");
}

const TIGHT_PUNCT = "，。、；：？！（）《》【】…";

/**
 * Spaces next to CJK punctuation are OCR noise: `陈晓苏） 8月` → `陈晓苏）8月`,
 * `“ 十三五”` → `“十三五”`. A space between a closing quote and a following phrase
 * (a two-phrase headline) is kept.
 */
export function collapsePunctuationSpacing(text: string): string {
  if (!text.includes(" ")) return text;
  let out = "";
  let prev = ""; // last character written to `out` (reading `out` back would flatten it)
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === " ") {
      const next = text.charAt(i + 1);
      const prevTight = TIGHT_PUNCT.includes(prev) && prev !== "" && (isCjk(next) || isDigit(next));
      const nextTight = TIGHT_PUNCT.includes(next) && next !== "" && (isCjk(prev) || isDigit(prev));
      const afterOpenQuote = (prev === "“" || prev === "‘") && isCjk(next);
      const beforeCloseQuote = (next === "”" || next === "’") && isCjk(prev);
      if (prevTight || nextTight || afterOpenQuote || beforeCloseQuote) continue;
    }
    out += ch;
    prev = ch;
  }
  return out;
}

const NEEDS_WORK = /[^\S\n]|[,;:?!()".]|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/**
 * Full cleaning of one line or one paragraph (lines already joined): spaces normalised,
 * full-width letters/digits made half-width, ASCII punctuation next to CJK made full-width,
 * letter-spacing, digit spacing and punctuation spacing collapsed, ends trimmed.
 */
export function cleanText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let s = normalizeSpaces(text);
  s = toHalfWidthAlnum(s);
  s = toFullWidthPunctuation(s);
  s = collapseLetterSpacing(s);
  s = collapseDigitSpacing(s);
  s = collapsePunctuationSpacing(s);
  return s.trim();
}

/** Joins the lines of one paragraph (no space between lines) and cleans the result. */
export function joinLines(lines: readonly string[]): string {
  return cleanText(lines.map((l) => l.trim()).join(""));
}
