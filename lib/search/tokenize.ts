// The units the search index stores and queries look for (pure, shared by both sides).
//
// Text is normalised (NFKC: full-width letters, digits and punctuation become half-width; lower
// case) and cut into runs of letters and digits; everything else separates runs. In a run, every
// CJK character gives one token at its own position: the bigram it starts when the next character
// is CJK too, else the character alone. Other letters and digits form one token per stretch.
//
//   "数字化改革，2022年" → 数字 字化 化改 改革 革 2022 年
//
// So a term of n characters is found as its n−1 bigrams at consecutive positions (an exact
// substring), and a single character as any token starting with it (prefix `c:*`).

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Longer stretches of letters and digits are cut, on both sides alike (PostgreSQL caps lexemes at 2 KB). */
export const MAX_WORD_LENGTH = 60;

export interface Segment {
  isCjk: boolean;
  /** Code points of the segment: CJK characters one by one, or one stretch of other letters and digits. */
  chars: string[];
}

/** NFKC and lower case: what both the index and the queries see. */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export const isCjkChar = (char: string) => CJK_CHAR.test(char);
export const isWordChar = (char: string) => WORD_CHAR.test(char);

/** Runs of letters and digits in normalised text, each cut where CJK meets other scripts. */
export function runsOf(normalized: string): Segment[][] {
  const runs: Segment[][] = [];
  let run: Segment[] = [];
  for (const char of normalized) {
    if (!isWordChar(char)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    const isCjk = isCjkChar(char);
    const last = run.at(-1);
    if (last && last.isCjk === isCjk) last.chars.push(char);
    else run.push({ isCjk, chars: [char] });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The tokens of a text in index order: one per CJK character, one per other stretch. */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of runsOf(normalizeForSearch(text))) {
    for (const segment of run) {
      if (!segment.isCjk) {
        tokens.push(segment.chars.join("").slice(0, MAX_WORD_LENGTH));
        continue;
      }
      const { chars } = segment;
      for (let i = 0; i < chars.length; i++) tokens.push(i + 1 < chars.length ? `${chars[i]}${chars[i + 1]}` : (chars[i] as string));
    }
  }
  return tokens;
}
