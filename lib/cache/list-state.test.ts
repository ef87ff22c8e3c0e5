import { describe, expect, it } from "vitest";
import { decodeListState, encodeListState, EMPTY_LIST_STATE } from "./list-state";

describe("the list's URL as a path segment", () => {
  it("round-trips every parameter, repeated ones and Chinese text included", () => {
    const search = new URLSearchParams("official=章旭升&official=胡勇春&year=2022&q=%22除险保安%22+-疫情&sort=date");
    const state = encodeListState(search);
    expect(state).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([...decodeListState(state)]).toEqual([...search]);
  });

  it("drops Next.js's own parameters, so a prefetch and a page load share one cached page", () => {
    expect(encodeListState(new URLSearchParams("year=2022&_rsc=abc"))).toBe(encodeListState(new URLSearchParams("year=2022")));
    expect(encodeListState(new URLSearchParams("_rsc=abc"))).toBe(EMPTY_LIST_STATE);
  });

  it("reads anything that is not a state it wrote as the list without parameters", () => {
    expect([...decodeListState(EMPTY_LIST_STATE)]).toEqual([]);
    expect([...decodeListState("not%20base64")]).toEqual([]);
    expect([...decodeListState("../../etc")]).toEqual([]);
  });
});
