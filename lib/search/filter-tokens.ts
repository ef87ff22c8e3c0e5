// Tokens in the search vector for an article's year, month and kind, so that date ranges and the
// kind filter are answered by the GIN index together with the words (pure). They start with U+F900,
// a compatibility ideograph that NFKC turns into U+8C48: no normalised text or query can produce
// them, so no search ever matches one by accident.

export const TOKEN_MARK = "\uF900";

const yearToken = (year: number) => `${TOKEN_MARK}y${year}`;
const monthToken = (year: number, month: number) => `${TOKEN_MARK}m${year}${String(month).padStart(2, "0")}`;

/** The token of an article kind (news, commentary, photo). */
export const kindToken = (kind: string) => `${TOKEN_MARK}k${kind}`;

/** The tokens an article dated `date` (YYYY-MM-DD) carries: its year and its month. */
export function dateTokens(date: string): string[] {
  const [year, month] = date.split("-").map(Number);
  if (!year || !month) return [];
  return [yearToken(year), monthToken(year, month)];
}

/**
 * The fewest tokens covering every month from `from` to `to` (YYYY-MM-DD, inclusive): whole
 * years as year tokens, the months at either end as month tokens. Days within the end months are
 * the caller's to check. Empty when the range is empty or malformed.
 */
export function dateRangeTokens(from: string, to: string): string[] {
  const [fromYear, fromMonth] = from.split("-").map(Number);
  const [toYear, toMonth] = to.split("-").map(Number);
  if (!fromYear || !fromMonth || !toYear || !toMonth) return [];
  const tokens: string[] = [];
  for (let year = fromYear, month = fromMonth; year < toYear || (year === toYear && month <= toMonth); ) {
    if (month === 1 && (year < toYear || toMonth === 12)) {
      tokens.push(yearToken(year));
      year += 1;
      continue;
    }
    tokens.push(monthToken(year, month));
    if (month === 12) {
      year += 1;
      month = 1;
    } else month += 1;
  }
  return tokens;
}
