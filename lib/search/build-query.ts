// Turns what a reader typed (parse-terms.ts) into tsquery text for the index of tokenize.ts (pure, no database).
//
//   章旭升 数字化改革        two terms, both required
//   "除险 保安"             a phrase: its parts adjacent, whatever punctuation separates them
//   -疫情                   exclusion
//   疫                      one character
//   數字化改革              traditional: also searched as 数字化改革
//   zhangxusheng / zhang xu sheng   an official's name in pinyin
//   ＡＢＣ “…” －…          full-width forms count as their ASCII forms
//
// A CJK term of n characters becomes its n−1 bigrams at consecutive positions ('数字' <-> '字化'
// <-> …), a single character or a term's last latin word a prefix ('疫':*). Every lexeme is made of
// letters and digits only, so the tsquery text cannot carry operators or quotes from the input.
import { parseSearchTerms, type SearchTerm } from "./parse-terms";
import { isCjkChar, MAX_WORD_LENGTH, runsOf, type Segment } from "./tokenize";

export { MAX_QUERY_LENGTH, MAX_TERM_CHARS, MAX_TERMS, type SearchTerm } from "./parse-terms";

export interface SearchQuery {
  /** Required terms. */
  terms: SearchTerm[];
  /** Terms an article must not contain. */
  excluded: SearchTerm[];
  /** True when nothing searchable was typed: the caller shows the plain list. */
  isEmpty: boolean;
  /** tsquery text all required terms must match (null when there are none). */
  match: string | null;
  /**
   * The same without word order: every lexeme of every term, AND-ed. The GIN index answers it
   * exactly (phrases make PostgreSQL re-read each candidate's vector), so it picks candidates cheaply.
   */
  gate: string | null;
  /** tsquery text of the excluded terms, any of which rules an article out (null when none). */
  exclude: string | null;
  /** Per required term, the same restricted to the headline (weight A): counts headline hits. */
  headline: string[];
  /** Required terms, each also as a whole word (jieba token): the query ts_rank_cd scores. */
  rank: string | null;
  /** Strings to mark in titles and snippets (normalised), longest first. */
  highlight: string[];
}

export interface BuildQueryOptions {
  /** Officials' names → toneless pinyin readings ("zhang xu sheng"), see pinyin.ts. */
  pinyinNames?: ReadonlyMap<string, readonly string[]>;
}

const empty = (): SearchQuery => ({ terms: [], excluded: [], isEmpty: true, match: null, gate: null, exclude: null, headline: [], rank: null, highlight: [] });

export function buildSearchQuery(raw: unknown, options: BuildQueryOptions = {}): SearchQuery {
  const { terms, excluded } = parseSearchTerms(raw, options.pinyinNames);
  if (terms.length === 0 && excluded.length === 0) return empty();

  return {
    terms,
    excluded,
    isEmpty: false,
    match: terms.length > 0 ? terms.map((term) => group(term.variants.map((variant) => phraseOf(variant)))).join(" & ") : null,
    gate: terms.length > 0 ? terms.map((term) => group(term.variants.map((variant) => phraseOf(variant, { isOrdered: false })))).join(" & ") : null,
    exclude: excluded.length > 0 ? excluded.map((term) => group(term.variants.map((variant) => phraseOf(variant)))).join(" | ") : null,
    headline: terms.map((term) => group(term.variants.map((variant) => phraseOf(variant, { weight: "A" })))),
    rank: terms.length > 0 ? terms.map((term) => group(term.variants.flatMap(rankAlternatives))).join(" & ") : null,
    highlight: [...new Set(terms.flatMap((term) => term.variants.flatMap(highlightsOf)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
  };
}

/** One term's alternatives, parenthesised so that it combines safely with & and |. */
const group = (parts: string[]) => `(${parts.map((part) => (parts.length === 1 ? part : `(${part})`)).join(" | ")})`;

/**
 * The tsquery phrase of one variant, mirroring indexTokens: bigrams, then the last character of a
 * CJK stretch as a prefix when the term goes on after it or it stands alone; latin words exact,
 * the last one a prefix.
 */
export function phraseOf(text: string, { weight, isOrdered = true }: { weight?: "A"; isOrdered?: boolean } = {}): string {
  const segments: Segment[] = runsOf(text).flat();
  const lexeme = (value: string, isPrefix: boolean) => `'${value}'${isPrefix ? ":*" : weight ? ":" : ""}${weight ?? ""}`;
  const operands: string[] = [];
  segments.forEach((segment, k) => {
    const isLast = k === segments.length - 1;
    if (!segment.isCjk) {
      operands.push(lexeme(segment.chars.join("").slice(0, MAX_WORD_LENGTH), isLast));
      return;
    }
    const { chars } = segment;
    for (let j = 0; j + 1 < chars.length; j++) operands.push(lexeme(`${chars[j]}${chars[j + 1]}`, false));
    if (chars.length === 1 || !isLast) operands.push(lexeme(chars.at(-1) as string, true));
  });
  return operands.join(isOrdered ? " <-> " : " & ");
}

/** The phrase, or the same as one jieba word when it is a CJK word of three or more characters. */
function rankAlternatives(variant: string): string[] {
  const chars = [...variant];
  const isWord = chars.length >= 3 && chars.every(isCjkChar);
  return isWord ? [phraseOf(variant), `'${variant}'`] : [phraseOf(variant)];
}

/** A variant's stretches of letters and digits as they would appear in the text. */
function highlightsOf(variant: string): string[] {
  return runsOf(variant).map((run) => run.map((segment) => segment.chars.join("")).join(""));
}
