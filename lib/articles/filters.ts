// The list's filters, parsed once from URL search params (pure; shared by the page, the API and the feed).
import { z } from "zod";

export const ARTICLE_KINDS = ["news", "commentary", "photo"] as const;
export type ArticleKindFilter = (typeof ARTICLE_KINDS)[number];

export interface ArticleFilters {
  /** YYYY-MM-DD, inclusive */
  from?: string;
  /** YYYY-MM-DD, inclusive */
  to?: string;
  /** Set when the range came from the `year` (and `month`) quick pick; links then keep the short form. */
  year?: number;
  month?: number;
  officials: string[];
  topic?: string;
  reporter?: string;
  kind?: ArticleKindFilter;
  /** What the reader searched for (lib/search syntax); the list is then ranked by `sort`. */
  q?: string;
  /** Order of search results (relevance by default); the plain list is always newest first. */
  sort?: SearchSortParam;
  page: number;
  cursor?: string;
  limit: number;
}

/** The filters a reader can add and remove one by one (the date range counts as one). */
export type FilterParam = "q" | "date" | "official" | "topic" | "reporter" | "kind";

export const SEARCH_SORTS = ["relevance", "date"] as const;
export type SearchSortParam = (typeof SEARCH_SORTS)[number];

export interface InvalidParam {
  param: string;
  value: string;
  /** Chinese, shown to readers */
  message: string;
}

export interface ParsedFilters {
  filters: ArticleFilters;
  invalid: InvalidParam[];
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
const MAX_TEXT = 200;
const MAX_OFFICIALS = 10;

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function all(params: RawParams, key: string): string[] {
  const value = params instanceof URLSearchParams ? params.getAll(key) : params[key];
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return values.map((item) => item.trim()).filter((item) => item.length > 0);
}

const first = (params: RawParams, key: string) => all(params, key)[0];
const isoDate = z.iso.date();

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Parses list parameters; anything invalid is left out of the filters and reported, never thrown. */
export function parseArticleFilters(params: RawParams): ParsedFilters {
  const invalid: InvalidParam[] = [];
  const filters: ArticleFilters = { officials: [], page: 1, limit: DEFAULT_LIMIT };
  const reject = (param: string, value: string, message: string) => invalid.push({ param, value: value.slice(0, MAX_TEXT), message });

  for (const param of ["from", "to"] as const) {
    const value = first(params, param);
    if (value === undefined) continue;
    if (isoDate.safeParse(value).success) filters[param] = value;
    else reject(param, value, "日期格式应为 YYYY-MM-DD");
  }

  const year = first(params, "year");
  const month = first(params, "month");
  if (year !== undefined) {
    const yearNumber = Number(year);
    const monthNumber = month === undefined ? undefined : Number(month);
    if (!/^\d{4}$/.test(year) || yearNumber < 1900 || yearNumber > 2100) reject("year", year, "年份应为四位数字");
    else if (monthNumber !== undefined && !(Number.isInteger(monthNumber) && monthNumber >= 1 && monthNumber <= 12)) reject("month", month ?? "", "月份应为 1–12");
    else if (monthNumber !== undefined) {
      filters.year = yearNumber;
      filters.month = monthNumber;
      filters.from = `${year}-${String(monthNumber).padStart(2, "0")}-01`;
      filters.to = lastDayOfMonth(yearNumber, monthNumber);
    } else {
      filters.year = yearNumber;
      filters.from = `${year}-01-01`;
      filters.to = `${year}-12-31`;
    }
  } else if (month !== undefined) reject("month", month, "月份需要与年份一起使用");

  if (filters.from && filters.to && filters.from > filters.to) {
    reject("to", filters.to, "结束日期早于开始日期");
    delete filters.to;
  }

  const officials = all(params, "official");
  for (const name of officials.slice(0, MAX_OFFICIALS)) {
    if (name.length <= MAX_TEXT) filters.officials.push(name);
    else reject("official", name, "名字过长");
  }
  if (officials.length > MAX_OFFICIALS) reject("official", officials.slice(MAX_OFFICIALS).join(","), `最多同时筛选 ${MAX_OFFICIALS} 位领导`);
  filters.officials = [...new Set(filters.officials)];

  for (const param of ["topic", "reporter", "q"] as const) {
    const value = first(params, param);
    if (value === undefined) continue;
    if (param === "q" || value.length <= MAX_TEXT) filters[param] = param === "q" ? value.slice(0, 1000) : value;
    else reject(param, value, "参数过长");
  }

  const kind = first(params, "kind");
  if (kind !== undefined) {
    if ((ARTICLE_KINDS as readonly string[]).includes(kind)) filters.kind = kind as ArticleKindFilter;
    else reject("kind", kind, "类型应为 news、commentary 或 photo");
  }

  const sort = first(params, "sort");
  if (sort !== undefined) {
    if ((SEARCH_SORTS as readonly string[]).includes(sort)) filters.sort = sort as SearchSortParam;
    else reject("sort", sort, "排序应为 relevance（相关度）或 date（日期）");
  }

  const page = first(params, "page");
  if (page !== undefined) {
    const pageNumber = Number(page);
    if (Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100_000) filters.page = pageNumber;
    else reject("page", page, "页码应为正整数");
  }

  const limit = first(params, "limit");
  if (limit !== undefined) {
    const limitNumber = Number(limit);
    if (Number.isInteger(limitNumber) && limitNumber >= 1 && limitNumber <= MAX_LIMIT) filters.limit = limitNumber;
    else reject("limit", limit, `每页条数应为 1–${MAX_LIMIT}`);
  }

  const cursor = first(params, "cursor");
  if (cursor !== undefined) {
    if (decodeCursor(cursor) || decodeSearchCursor(cursor) !== null) filters.cursor = cursor;
    else reject("cursor", cursor, "翻页标记无效");
  }

  return { filters, invalid };
}

/** Keyset position in the list order (date desc, id desc). */
export interface ListCursor {
  date: string;
  id: number;
}

export function encodeCursor(cursor: ListCursor): string {
  return `${cursor.date}_${cursor.id}`;
}

export function decodeCursor(value: string): ListCursor | null {
  const match = /^(\d{4}-\d{2}-\d{2})_(\d{1,10})$/.exec(value);
  if (!match || !isoDate.safeParse(match[1]).success) return null;
  return { date: match[1] as string, id: Number(match[2]) };
}

/**
 * Search results page by offset: their order is by rank, which no keyset follows. The cursor is the
 * offset of the next result, prefixed so it can't be mistaken for a list cursor.
 */
export function encodeSearchCursor(offset: number): string {
  return `s${offset}`;
}

export function decodeSearchCursor(value: string): number | null {
  const match = /^s(\d{1,6})$/.exec(value);
  return match ? Number(match[1]) : null;
}

/** Search params for a list URL with these filters (paging left out unless asked). */
export function filtersToSearchParams(filters: Partial<ArticleFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.q && filters.sort && filters.sort !== "relevance") params.set("sort", filters.sort);
  for (const official of filters.officials ?? []) params.append("official", official);
  if (filters.topic) params.set("topic", filters.topic);
  if (filters.reporter) params.set("reporter", filters.reporter);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.year) {
    params.set("year", String(filters.year));
    if (filters.month) params.set("month", String(filters.month));
  } else {
    if (filters.from) params.set("from", filters.from);
    if (filters.to) params.set("to", filters.to);
  }
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  if (filters.cursor) params.set("cursor", filters.cursor);
  if (filters.limit && filters.limit !== DEFAULT_LIMIT) params.set("limit", String(filters.limit));
  return params;
}
