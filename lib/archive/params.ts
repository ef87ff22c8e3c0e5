// The archive's URL segments (/archive/2022/08/02), parsed and built (pure).
import { daysInMonth, isInArchiveRange } from "./calendar";

export interface ParsedSegment {
  value: number;
  /** False for forms like /archive/2022/8: the page redirects to the two-digit URL. */
  isCanonical: boolean;
}

function parseNumber(segment: string, digits: 1 | 2 | 4): number | null {
  const pattern = digits === 4 ? /^\d{4}$/ : /^\d{1,2}$/;
  return pattern.test(segment) ? Number(segment) : null;
}

/** A four-digit year the archive can hold (1900–2100), or null. */
export function parseYearSegment(segment: string): number | null {
  const year = parseNumber(segment, 4);
  return year !== null && isInArchiveRange(year) ? year : null;
}

export function parseMonthSegment(segment: string): ParsedSegment | null {
  const month = parseNumber(segment, 2);
  if (month === null || month < 1 || month > 12) return null;
  return { value: month, isCanonical: segment.length === 2 };
}

/** A day that exists in that month (29 February only in leap years), or null. */
export function parseDaySegment(year: number, month: number, segment: string): ParsedSegment | null {
  const day = parseNumber(segment, 2);
  if (day === null || day < 1 || day > daysInMonth(year, month)) return null;
  return { value: day, isCanonical: segment.length === 2 };
}

const pad = (value: number) => String(value).padStart(2, "0");

/** /archive, /archive/2022, /archive/2022/08 or /archive/2022/08/02 */
export function archiveHref(target: { year?: number; month?: number; day?: number } = {}): string {
  if (target.year === undefined) return "/archive";
  if (target.month === undefined) return `/archive/${target.year}`;
  if (target.day === undefined) return `/archive/${target.year}/${pad(target.month)}`;
  return `/archive/${target.year}/${pad(target.month)}/${pad(target.day)}`;
}

/** The issue page of a YYYY-MM-DD date. */
export function issueHref(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return archiveHref({ year, month, day });
}
