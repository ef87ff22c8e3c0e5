// Datelines: `9月22日下午，…` at the start of a body gives the article's date; the year
// comes from the page date.

export interface YMD {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a strict `YYYY-MM-DD` calendar date, or returns null. */
export function parseIsoDate(value: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const DATELINE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;

/**
 * The date an article reports on. `dateline` is the start of the body (or an outlet marker
 * such as 新华社北京1月10日电). Month/day come from its leading `M月D日` (the first one of a
 * range like `8月1日下午至8月2日上午`); the year is the page's, or the previous year when the
 * month is more than one month after the page's (12月31日 on a January page). Without a
 * usable dateline the page date is returned.
 */
export function articleDate(dateline: string, page: YMD): string {
  const m = DATELINE.exec(dateline.trimStart());
  if (m === null) return formatIsoDate(page);
  const month = Number(m[2]);
  const day = Number(m[3]);
  let year = m[1] !== undefined ? Number(m[1]) : page.year;
  if (m[1] === undefined && month > page.month + 1) year -= 1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return formatIsoDate(page);
  return formatIsoDate({ year, month, day });
}

