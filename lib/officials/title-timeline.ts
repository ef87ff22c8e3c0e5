// An official's titles over time, from the title chains the articles print (pure).
//
// Each distinct chain (e.g. 市委副书记、市长) becomes one span from the first to the last article
// that prints it. Many articles name an official without titles (市领导 lists, bare mentions):
// those count for the chain last printed before them, since the paper only restates titles now
// and then. Untitled mentions before any printed title form a span of their own (titles []).

export interface TitleMention {
  articleId: number;
  /** YYYY-MM-DD */
  date: string;
  titles: string[];
  jurisdiction: string;
}

export interface TitleSpan {
  /** Empty: the articles print no title. */
  titles: string[];
  jurisdiction: string;
  /** YYYY-MM-DD of the first and last article in the span. */
  firstDate: string;
  lastDate: string;
  articleCount: number;
}

interface Span extends TitleSpan {
  articleIds: Set<number>;
}

const chainKey = (mention: Pick<TitleMention, "titles" | "jurisdiction">) => `${mention.jurisdiction}|${mention.titles.join("、")}`;
const byDate = (a: TitleMention, b: TitleMention) => a.date.localeCompare(b.date) || a.articleId - b.articleId;

function addTo(span: Span, mention: TitleMention) {
  span.articleIds.add(mention.articleId);
  if (mention.date < span.firstDate) span.firstDate = mention.date;
  if (mention.date > span.lastDate) span.lastDate = mention.date;
}

const newSpan = (mention: TitleMention, titles: string[]): Span => ({
  titles,
  jurisdiction: mention.jurisdiction,
  firstDate: mention.date,
  lastDate: mention.date,
  articleCount: 0,
  articleIds: new Set(),
});

export function buildTitleTimeline(mentions: readonly TitleMention[]): TitleSpan[] {
  const sorted = [...mentions].sort(byDate);
  const titled = sorted.filter((mention) => mention.titles.length > 0);
  const spans = new Map<string, Span>();
  for (const mention of titled) {
    const key = chainKey(mention);
    const span = spans.get(key) ?? newSpan(mention, mention.titles);
    spans.set(key, span);
    addTo(span, mention);
  }
  // Frequency of each chain by its printed articles only, so attributing untitled ones cannot feed back.
  const printed = new Map([...spans].map(([key, span]) => [key, span.articleIds.size]));

  let untitled: Span | null = null;
  for (const mention of sorted) {
    if (mention.titles.length > 0) continue;
    const key = chainInForce(titled, printed, mention);
    if (key) {
      addTo(spans.get(key)!, mention);
    } else {
      untitled ??= newSpan(mention, []);
      addTo(untitled, mention);
    }
  }

  return [...(untitled ? [untitled] : []), ...spans.values()]
    .map(({ articleIds, ...span }) => ({ ...span, articleCount: articleIds.size }))
    .sort((a, b) => a.firstDate.localeCompare(b.firstDate) || a.lastDate.localeCompare(b.lastDate) || a.titles.length - b.titles.length);
}

/**
 * The chain printed on the latest date up to the mention's date. When that date prints several
 * (市委书记 and 市委书记、某领导小组组长), the one printed most often overall: ad-hoc roles are rarer.
 */
function chainInForce(titled: TitleMention[], printed: Map<string, number>, mention: TitleMention): string | null {
  const before = titled.filter((other) => other.date <= mention.date);
  const sameJurisdiction = before.filter((other) => other.jurisdiction === mention.jurisdiction);
  const candidates = sameJurisdiction.length > 0 ? sameJurisdiction : before;
  const latest = candidates.at(-1)?.date;
  if (latest === undefined) return null;
  const keys = [...new Set(candidates.filter((other) => other.date === latest).map(chainKey))];
  keys.sort((a, b) => (printed.get(b) ?? 0) - (printed.get(a) ?? 0) || a.length - b.length || a.localeCompare(b));
  return keys[0] ?? null;
}
