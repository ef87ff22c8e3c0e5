// Calendar maths of the archive: days, weeks starting on Monday, neighbouring months (pure).
// Dates are plain YYYY-MM-DD strings; all arithmetic is in UTC so the server's zone never matters.

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Column headers of a calendar week, Monday first as Chinese calendars print it. */
export const WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"] as const;

const WEEKDAY_NAMES = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** month is 1–12 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number) => String(value).padStart(2, "0");

export function toIsoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** 2022-08-02 → 星期二 */
export function weekdayName(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return WEEKDAY_NAMES[weekdayIndex(year, month, day)]!;
}

/**
 * The weeks of a month as rows of seven cells, Monday first; cells outside the month are null.
 * A month spans four (a February starting on Monday in a common year) to six weeks.
 */
export function monthWeeks(year: number, month: number): (number | null)[][] {
  const cells: (number | null)[] = Array.from({ length: weekdayIndex(year, month, 1) }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day += 1) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

export interface YearMonth {
  year: number;
  month: number;
}

export function previousMonth({ year, month }: YearMonth): YearMonth {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

export function nextMonth({ year, month }: YearMonth): YearMonth {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** First and last day of a month, inclusive. */
export function monthRange({ year, month }: YearMonth): { from: string; to: string } {
  return { from: toIsoDate(year, month, 1), to: toIsoDate(year, month, daysInMonth(year, month)) };
}

export function isInArchiveRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
