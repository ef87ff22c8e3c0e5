import { describe, expect, it } from "vitest";
import { decodeCursor, decodeSearchCursor, encodeCursor, encodeSearchCursor, filtersToSearchParams, parseArticleFilters } from "./filters";

const parse = (query: string) => parseArticleFilters(new URLSearchParams(query));

describe("parseArticleFilters", () => {
  it("defaults to the first page of 20 with no filters", () => {
    expect(parse("")).toEqual({ filters: { officials: [], page: 1, limit: 20 }, invalid: [] });
  });

  it("turns year and month into an inclusive range and remembers the quick pick", () => {
    expect(parse("year=2022").filters).toMatchObject({ from: "2022-01-01", to: "2022-12-31", year: 2022 });
    expect(parse("year=2024&month=2").filters).toMatchObject({ from: "2024-02-01", to: "2024-02-29", year: 2024, month: 2 });
    expect(parse("month=2").invalid).toEqual([expect.objectContaining({ param: "month" })]);
  });

  it("reports malformed values by parameter and leaves them out", () => {
    const { filters, invalid } = parse("from=abc&to=2022-13-01&kind=video&page=0&limit=500&cursor=x&year=22");
    expect(invalid.map((entry) => entry.param)).toEqual(["from", "to", "year", "kind", "page", "limit", "cursor"]);
    expect(filters).toEqual({ officials: [], page: 1, limit: 20 });
  });

  it("reports a range that ends before it starts", () => {
    const { filters, invalid } = parse("from=2022-05-01&to=2022-01-01");
    expect(invalid).toEqual([expect.objectContaining({ param: "to", value: "2022-01-01" })]);
    expect(filters).toMatchObject({ from: "2022-05-01" });
    expect(filters.to).toBeUndefined();
  });

  it("collects repeated officials once each, trimmed", () => {
    expect(parse("official=章旭升&official=%20朱重烈%20&official=章旭升&official=").filters.officials).toEqual(["章旭升", "朱重烈"]);
  });

  it("round-trips a keyset cursor", () => {
    expect(decodeCursor(encodeCursor({ date: "2022-08-02", id: 7 }))).toEqual({ date: "2022-08-02", id: 7 });
    expect(decodeCursor("2022-02-30_7")).toBeNull();
    expect(parse("cursor=2022-08-02_7").filters.cursor).toBe("2022-08-02_7");
  });

  it("takes the search order and refuses any other, and keeps it in links only with a query", () => {
    expect(parse("q=疫情&sort=date").filters).toMatchObject({ q: "疫情", sort: "date" });
    expect(parse("sort=newest").invalid).toEqual([expect.objectContaining({ param: "sort", value: "newest" })]);
    expect(filtersToSearchParams({ q: "疫情", sort: "date" }).toString()).toBe("q=%E7%96%AB%E6%83%85&sort=date");
    expect(filtersToSearchParams({ q: "疫情", sort: "relevance" }).toString()).toBe("q=%E7%96%AB%E6%83%85");
    expect(filtersToSearchParams({ sort: "date" }).toString()).toBe("");
  });

  it("round-trips a search cursor, which no list cursor is mistaken for", () => {
    expect(decodeSearchCursor(encodeSearchCursor(40))).toBe(40);
    expect(decodeSearchCursor("2022-08-02_7")).toBeNull();
    expect(decodeSearchCursor("s-1")).toBeNull();
    expect(decodeCursor("s40")).toBeNull();
    expect(parse("cursor=s40").filters.cursor).toBe("s40");
  });
});
