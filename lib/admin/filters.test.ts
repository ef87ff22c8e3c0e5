import { describe, expect, it } from "vitest";
import { adminListHref, parseAdminArticleFilters } from "./filters";

describe("admin article filters", () => {
  it("parses the URL and ignores values it does not know", () => {
    expect(parseAdminArticleFilters({ q: " 会议 ", status: "deleted", kind: "blog", from: "2023-02-30", to: "2023-04-21", page: "x" })).toEqual({
      q: "会议", status: "deleted", kind: undefined, from: undefined, to: "2023-04-21", page: 1,
    });
  });

  it("builds the list URL with only the filters set", () => {
    expect(adminListHref({ q: "会议", status: "draft", page: 3 })).toBe("/admin?q=%E4%BC%9A%E8%AE%AE&status=draft&page=3");
    expect(adminListHref({ page: 1 })).toBe("/admin");
  });
});
