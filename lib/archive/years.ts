// The archive's months grouped into years for the /archive overview (pure).

export interface ArchiveMonth {
  year: number;
  month: number;
  articles: number;
  /** Dates with at least one article. */
  issues: number;
}

export interface ArchiveYear {
  year: number;
  articles: number;
  issues: number;
  /** Months with articles, oldest first. */
  months: ArchiveMonth[];
}

/** Newest year first; within a year, months oldest first. */
export function groupByYear(months: readonly ArchiveMonth[]): ArchiveYear[] {
  const years = new Map<number, ArchiveYear>();
  for (const month of [...months].sort((a, b) => a.year - b.year || a.month - b.month)) {
    const year = years.get(month.year) ?? { year: month.year, articles: 0, issues: 0, months: [] };
    year.articles += month.articles;
    year.issues += month.issues;
    year.months.push(month);
    years.set(month.year, year);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** Per day of one month, from issue days (YYYY-MM-DD) of any range. */
export function countsOfMonth(days: readonly { date: string; articles: number }[], year: number, month: number): Map<number, number> {
  const prefix = `${year}-${String(month).padStart(2, "0")}-`;
  return new Map(days.filter((day) => day.date.startsWith(prefix)).map((day) => [Number(day.date.slice(8, 10)), day.articles]));
}
