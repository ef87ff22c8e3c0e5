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
  const inForce = new ChainsInForce(printed);
  // One sweep by date: a day's printed chains are in force for that day's untitled mentions too.
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end]!.date === sorted[start]!.date) end++;
    const day = sorted.slice(start, end);
    for (const mention of day) if (mention.titles.length > 0) inForce.print(mention);
    for (const mention of day) {
      if (mention.titles.length > 0) continue;
      const key = inForce.chainFor(mention);
      if (key) {
        addTo(spans.get(key)!, mention);
      } else {
        untitled ??= newSpan(mention, []);
        addTo(untitled, mention);
      }
    }
    start = end;
  }

  return [...(untitled ? [untitled] : []), ...spans.values()]
    .map(({ articleIds, ...span }) => ({ ...span, articleCount: articleIds.size }))
    .sort((a, b) => a.firstDate.localeCompare(b.firstDate) || a.lastDate.localeCompare(b.lastDate) || a.titles.length - b.titles.length);
}

/** The chains printed on the latest date so far: for each jurisdiction and for all of them. */
interface LatestChains {
  date: string;
  keys: Set<string>;
}

/**
 * The chain in force at a mention: the one printed on the latest date up to the mention's date,
 * in its jurisdiction if any was printed there, else in any. When that date prints several
 * (市委书记 and 市委书记、某领导小组组长), the one printed most often overall: ad-hoc roles are rarer.
 * Fed the printed mentions in date order, it answers each untitled mention in constant time.
 */
class ChainsInForce {
  private readonly byJurisdiction = new Map<string, LatestChains>();
  private overall: LatestChains | null = null;

  constructor(private readonly printed: ReadonlyMap<string, number>) {}

  print(mention: TitleMention): void {
    const key = chainKey(mention);
    this.byJurisdiction.set(mention.jurisdiction, withChain(this.byJurisdiction.get(mention.jurisdiction), mention.date, key));
    this.overall = withChain(this.overall ?? undefined, mention.date, key);
  }

  chainFor(mention: TitleMention): string | null {
    const latest = this.byJurisdiction.get(mention.jurisdiction) ?? this.overall;
    if (!latest) return null;
    const keys = [...latest.keys].sort((a, b) => (this.printed.get(b) ?? 0) - (this.printed.get(a) ?? 0) || a.length - b.length || a.localeCompare(b));
    return keys[0] ?? null;
  }
}

function withChain(latest: LatestChains | undefined, date: string, key: string): LatestChains {
  if (latest?.date !== date) return { date, keys: new Set([key]) };
  latest.keys.add(key);
  return latest;
}
