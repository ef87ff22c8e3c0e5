// The bars of an articles-over-time chart: one per month from the first to the last month with
// articles (empty months included as zero), or one per year when that would be too many bars (pure).

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  articles: number;
}

export interface SeriesBar {
  /** YYYY-MM or YYYY */
  key: string;
  year: number;
  /** 1–12 for monthly bars; absent for yearly ones. */
  month?: number;
  /** 2022年8月 or 2022年 */
  label: string;
  articles: number;
}

export interface Series {
  unit: "month" | "year";
  bars: SeriesBar[];
  total: number;
  /** The bar with the most articles (the earliest of equals), or null without articles. */
  peak: SeriesBar | null;
}

/** Beyond four years of months, bars become too thin to read or tap on a phone: count by year. */
export const MAX_MONTHLY_BARS = 48;

const parseMonth = (month: string) => month.split("-").map(Number) as [number, number];
const monthIndex = (year: number, month: number) => year * 12 + (month - 1);

export function buildSeries(counts: readonly MonthCount[], maxMonthlyBars = MAX_MONTHLY_BARS): Series {
  const byMonth = new Map<number, number>();
  for (const { month, articles } of counts) {
    if (articles <= 0) continue;
    const [year, monthNumber] = parseMonth(month);
    const index = monthIndex(year, monthNumber);
    byMonth.set(index, (byMonth.get(index) ?? 0) + articles);
  }
  if (byMonth.size === 0) return { unit: "month", bars: [], total: 0, peak: null };

  const first = Math.min(...byMonth.keys());
  const last = Math.max(...byMonth.keys());
  const bars = last - first + 1 <= maxMonthlyBars ? monthlyBars(byMonth, first, last) : yearlyBars(byMonth, first, last);
  const peak = bars.reduce<SeriesBar | null>((best, bar) => (best === null || bar.articles > best.articles ? bar : best), null);
  return { unit: bars[0]?.month === undefined ? "year" : "month", bars, total: bars.reduce((sum, bar) => sum + bar.articles, 0), peak };
}

function monthlyBars(byMonth: Map<number, number>, first: number, last: number): SeriesBar[] {
  return Array.from({ length: last - first + 1 }, (_, offset) => {
    const index = first + offset;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { key: `${year}-${String(month).padStart(2, "0")}`, year, month, label: `${year}年${month}月`, articles: byMonth.get(index) ?? 0 };
  });
}

function yearlyBars(byMonth: Map<number, number>, first: number, last: number): SeriesBar[] {
  const firstYear = Math.floor(first / 12);
  const totals = new Map<number, number>();
  for (const [index, articles] of byMonth) totals.set(Math.floor(index / 12), (totals.get(Math.floor(index / 12)) ?? 0) + articles);
  return Array.from({ length: Math.floor(last / 12) - firstYear + 1 }, (_, offset) => {
    const year = firstYear + offset;
    return { key: String(year), year, label: `${year}年`, articles: totals.get(year) ?? 0 };
  });
}

/**
 * Which bars get an axis label, so that labels stay `minSpacing` apart at `barWidth` per bar.
 * Steps follow the calendar (every 1, 2, 3, 6 or 12 months; 1, 2, 5, 10 … years), so labelled
 * months line up with January and labelled years with round years. The first bar is always
 * labelled, so the chart says where it starts; a calendar label too close after it gives way.
 */
export function labelledBars(bars: readonly SeriesBar[], barWidth: number, minSpacing: number): Set<string> {
  const isMonthly = bars[0]?.month !== undefined;
  const steps = isMonthly ? [1, 2, 3, 6, 12] : [1, 2, 5, 10, 20, 50];
  const step = steps.find((candidate) => candidate * barWidth >= minSpacing) ?? steps.at(-1)!;
  const onStep = (bar: SeriesBar) => (isMonthly ? ((bar.month ?? 1) - 1) % step === 0 : bar.year % step === 0);
  const labelled = new Set<string>();
  let last = -Infinity;
  for (const [index, bar] of bars.entries()) {
    if (index === 0 || (onStep(bar) && index - last >= step)) {
      labelled.add(bar.key);
      last = index;
    }
  }
  return labelled;
}

/** One sentence for screen readers: period, total and busiest bar. */
export function describeSeries(series: Series, subject: string): string {
  const first = series.bars[0];
  const last = series.bars.at(-1);
  if (!first || !last || !series.peak) return `${subject}：没有文章。`;
  const per = series.unit === "month" ? "按月" : "按年";
  const period = first.key === last.key ? first.label : `${first.label}至${last.label}`;
  return `${subject}${per}统计的文章数：${period}共 ${series.total} 篇，最多的是${series.peak.label}（${series.peak.articles} 篇）。`;
}
