// What an editor's corrections do to one article's mention rows (pure): two spellings of
// one person folded into one row, and a misprinted title replaced.

export interface MentionFields {
  titles: string[];
  jurisdiction: string;
  actions: string[];
  count: number;
  /** Order of first mention in the article. */
  position: number;
}

const union = (first: readonly string[], second: readonly string[]) => [...new Set([...first, ...second])];

/**
 * One row for an article that names both spellings: the earlier mention's position, titles
 * and actions in reading order without repeats, the counts added up. The jurisdiction is the
 * earlier mention's unless only the later one carries titles (a bare mention says nothing
 * about where the titles belong).
 */
export function combineMentions(a: MentionFields, b: MentionFields): MentionFields {
  const [first, second] = a.position <= b.position ? [a, b] : [b, a];
  const isSecondBetter = first.titles.length === 0 && second.titles.length > 0;
  return {
    titles: union(first.titles, second.titles),
    jurisdiction: isSecondBetter ? second.jurisdiction : first.jurisdiction,
    actions: union(first.actions, second.actions),
    count: first.count + second.count,
    position: first.position,
  };
}

/**
 * The titles with every `from` replaced by `to` (an empty `to` removes it), repeats dropped;
 * null when `from` is not among them, so untouched mentions are left alone.
 */
export function replaceTitle(titles: readonly string[], from: string, to: string): string[] | null {
  if (!titles.includes(from)) return null;
  const replaced = titles.map((title) => (title === from ? to : title)).filter((title) => title !== "");
  return [...new Set(replaced)];
}

/** Positions 0, 1, 2… in the current order, for the rows of one article after one was removed. */
export function renumberPositions<Row extends { position: number }>(rows: readonly Row[]): { row: Row; position: number }[] {
  return [...rows].sort((a, b) => a.position - b.position).map((row, position) => ({ row, position }));
}
