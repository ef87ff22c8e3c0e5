// Reads a search box: terms, "quoted phrases", -exclusions, pinyin names typed in parts, and
// traditional characters (pure). See build-query.ts for what the terms become.
import { normalizeForSearch } from "./tokenize";
import { toSimplified } from "./traditional";

/** Input beyond this many characters is ignored (10,000 characters of paste must stay cheap). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;
/** Letters and digits per term; a longer term is cut (an exact match that long is all but certain). */
export const MAX_TERM_CHARS = 32;
/** Pinyin names may be typed as up to this many space-separated parts (zhang xu sheng). */
const MAX_PINYIN_PARTS = 4;

export interface SearchTerm {
  /** The term as normalised (NFKC, lower case), e.g. 数字化改革, "除险 保安", zhangxusheng. */
  text: string;
  /** What the term is searched as: itself, its simplified form, the names its pinyin spells. */
  variants: string[];
  isPhrase: boolean;
}

export interface ParsedTerms {
  terms: SearchTerm[];
  excluded: SearchTerm[];
}

interface RawTerm {
  text: string;
  isNegative: boolean;
  isPhrase: boolean;
}

const QUOTES = /["“”„‟«»「」『』〝〞〟]/gu;
const MINUSES = /[‐‑‒–−﹣]/gu;

/** The required and excluded terms of a query; both empty when nothing searchable was typed. */
export function parseSearchTerms(raw: unknown, pinyinNames?: ReadonlyMap<string, readonly string[]>): ParsedTerms {
  if (typeof raw !== "string") return { terms: [], excluded: [] };
  const text = normalizeForSearch(raw.slice(0, MAX_QUERY_LENGTH)).replace(QUOTES, '"').replace(MINUSES, "-");
  const names = pinyinIndex(pinyinNames);
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  const excluded: SearchTerm[] = [];
  for (const term of mergePinyinParts(splitTerms(text), names)) {
    const key = `${term.isNegative ? "-" : "+"}${term.text}`;
    if (seen.has(key) || terms.length + excluded.length >= MAX_TERMS) continue;
    const built = toSearchTerm(term, names);
    if (!built) continue;
    seen.add(key);
    (term.isNegative ? excluded : terms).push(built);
  }
  return { terms, excluded };
}

/** Splits on white space, keeping "quoted phrases" (an unclosed quote runs to the end) and a leading minus. */
function splitTerms(text: string): RawTerm[] {
  const terms: RawTerm[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/u.test(text[i] as string)) {
      i++;
      continue;
    }
    let isNegative = false;
    while (text[i] === "-") {
      isNegative = true;
      i++;
    }
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      const stop = end === -1 ? text.length : end;
      terms.push({ text: text.slice(i + 1, stop).trim().replace(/\s+/gu, " "), isNegative, isPhrase: true });
      i = stop + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/[\s"]/u.test(text[end] as string)) end++;
    terms.push({ text: text.slice(i, end), isNegative, isPhrase: false });
    i = end;
  }
  return terms.filter((term) => term.text.length > 0);
}

type PinyinNames = ReadonlyMap<string, readonly string[]>;

const pinyinIndexes = new WeakMap<PinyinNames, Map<string, string[]>>();

/** Pinyin keys (syllables without separators) → the names they spell; built once per names map. */
function pinyinIndex(names: PinyinNames | undefined): Map<string, string[]> {
  if (!names) return new Map();
  const known = pinyinIndexes.get(names);
  if (known) return known;
  const index = new Map<string, string[]>();
  for (const [name, readings] of names) {
    for (const reading of new Set(readings.map((r) => r.replace(/[^a-z]/g, "")))) {
      if (reading) index.set(reading, [...(index.get(reading) ?? []), name]);
    }
  }
  pinyinIndexes.set(names, index);
  return index;
}

const pinyinKey = (term: RawTerm) => (/^[a-z'’-]+$/u.test(term.text) && !term.isPhrase ? term.text.replace(/[^a-z]/g, "") : null);

/** Joins consecutive required latin terms that together spell a known name (zhang xu sheng). */
function mergePinyinParts(terms: RawTerm[], index: Map<string, string[]>): RawTerm[] {
  if (index.size === 0) return terms;
  const merged: RawTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const first = terms[i] as RawTerm;
    let taken = 1;
    if (!first.isNegative && pinyinKey(first) !== null) {
      for (let count = Math.min(MAX_PINYIN_PARTS, terms.length - i); count > 1; count--) {
        const parts = terms.slice(i, i + count);
        const keys = parts.map(pinyinKey);
        if (parts.some((part) => part.isNegative) || keys.some((key) => key === null)) continue;
        if (index.has(keys.join(""))) {
          taken = count;
          break;
        }
      }
    }
    merged.push(taken === 1 ? first : { text: terms.slice(i, i + taken).map((part) => part.text).join(""), isNegative: false, isPhrase: false });
    i += taken - 1;
  }
  return merged;
}

function toSearchTerm(term: RawTerm, names: Map<string, string[]>): SearchTerm | null {
  const text = cutTerm(term.text);
  if (!text) return null;
  const key = pinyinKey({ ...term, text });
  const variants = [text, cutTerm(normalizeForSearch(toSimplified(text))), ...((key && names.get(key)) || [])];
  return { text, variants: [...new Set(variants.filter(Boolean))], isPhrase: term.isPhrase };
}

/** The term with at most MAX_TERM_CHARS letters and digits; "" when it has none. */
function cutTerm(text: string): string {
  let count = 0;
  let out = "";
  for (const char of text) {
    if (/[\p{L}\p{M}\p{N}]/u.test(char)) {
      if (count === MAX_TERM_CHARS) break;
      count++;
    }
    out += char;
  }
  return count === 0 ? "" : out.trim();
}
