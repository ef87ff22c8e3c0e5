import { describe, expect, it } from "vitest";
import { toApiError, toArticleListJson } from "./api";

describe("the list API's JSON", () => {
  it("keeps the listed fields and gives topics as slugs", () => {
    const json = toArticleListJson({
      total: 1,
      next: null,
      items: [
        {
          id: 7,
          kind: "news",
          kicker: "引题",
          title: "标题",
          subtitle: null,
          date: "2022-08-02",
          reporters: ["陈晓苏"],
          officials: ["章旭升"],
          topics: [{ slug: "safety-and-stability", name: "平安建设与除险保安" }],
          lead: "导语",
        },
      ],
    });
    expect(json).toEqual({
      total: 1,
      next: null,
      items: [{ id: 7, kind: "news", kicker: "引题", title: "标题", subtitle: null, date: "2022-08-02", reporters: ["陈晓苏"], officials: ["章旭升"], topics: ["safety-and-stability"] }],
    });
  });

  it("names the parameter of an error and echoes the value once", () => {
    expect(toApiError({ param: "from", value: "abc", message: "日期格式应为 YYYY-MM-DD" })).toEqual({
      error: { param: "from", message: "日期格式应为 YYYY-MM-DD（收到“abc”）" },
    });
    expect(toApiError({ param: "official", value: "某某", message: "档案中没有名为“某某”的领导" }).error.message).toBe("档案中没有名为“某某”的领导");
  });
});
