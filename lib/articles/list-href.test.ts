import { describe, expect, it } from "vitest";
import { parseArticleFilters } from "./filters";
import { listHref, NO_DATE, pageWindow, refineHref, withoutFilter } from "./list-href";

const stateOf = (query: string) => parseArticleFilters(new URLSearchParams(query)).filters;
const decoded = (href: string) => decodeURIComponent(href);

describe("list links", () => {
  it("is / without filters and keeps every filter otherwise", () => {
    expect(listHref({})).toBe("/");
    expect(listHref(stateOf(""))).toBe("/");
    expect(decoded(listHref(stateOf("official=章旭升&official=朱重烈&topic=epidemic-control&reporter=陈晓苏&kind=news&from=2022-01-01&to=2022-12-31")))).toBe(
      "/?official=章旭升&official=朱重烈&topic=epidemic-control&reporter=陈晓苏&kind=news&from=2022-01-01&to=2022-12-31",
    );
  });

  it("keeps the year and month quick picks short instead of spelling out the range", () => {
    expect(listHref(stateOf("year=2022"))).toBe("/?year=2022");
    expect(listHref(stateOf("year=2022&month=8"))).toBe("/?year=2022&month=8");
    expect(listHref(stateOf("year=2022&month=8&from=2020-01-01"))).toBe("/?year=2022&month=8");
  });

  it("adds a filter and starts paging over", () => {
    const state = stateOf("official=章旭升&page=3&limit=5");
    expect(decoded(refineHref(state, { officials: [...state.officials, "朱重烈"] }))).toBe("/?official=章旭升&official=朱重烈&limit=5");
    expect(decoded(refineHref(stateOf("from=2021-01-01&page=2"), { ...NO_DATE, year: 2022 }))).toBe("/?year=2022");
  });

  it("removes one filter for a chip, the whole date range at once", () => {
    const state = stateOf("official=章旭升&official=朱重烈&topic=t&year=2022&month=8&kind=news");
    expect(decoded(listHref(withoutFilter(state, { param: "official", value: "章旭升" })))).toBe("/?official=朱重烈&topic=t&kind=news&year=2022&month=8");
    expect(decoded(listHref(withoutFilter(state, { param: "date", value: "2022年8月" })))).toBe("/?official=章旭升&official=朱重烈&topic=t&kind=news");
    expect(decoded(listHref(withoutFilter(state, { param: "topic", value: "t" })))).not.toContain("topic");
    expect(decoded(listHref(withoutFilter(state, { param: "kind", value: "news" })))).not.toContain("kind");
  });
});

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("shows the first, the last and two either side of the current page, with gaps", () => {
    expect(pageWindow(6, 20)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, "gap", 20]);
    expect(pageWindow(20, 20)).toEqual([1, "gap", 18, 19, 20]);
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, "gap", 20]);
  });
});
