import { describe, expect, it } from "vitest";
import { combineMentions, renumberPositions, replaceTitle } from "./combine-mentions";

const mention = (fields: Partial<Parameters<typeof combineMentions>[0]>) => ({ titles: [], jurisdiction: "永康", actions: [], count: 1, position: 0, ...fields });

describe("combineMentions", () => {
  it("keeps the earlier position and joins titles and actions in reading order, without repeats", () => {
    const later = mention({ titles: ["市长"], actions: ["出席", "讲话"], count: 2, position: 4 });
    const earlier = mention({ titles: ["市委副书记", "市长"], actions: ["主持"], count: 3, position: 1 });
    expect(combineMentions(later, earlier)).toEqual({ titles: ["市委副书记", "市长"], jurisdiction: "永康", actions: ["主持", "出席", "讲话"], count: 5, position: 1 });
    expect(combineMentions(earlier, later)).toEqual(combineMentions(later, earlier));
  });

  it("takes the jurisdiction of the titled mention when the earlier one is bare", () => {
    const bare = mention({ jurisdiction: "永康", position: 0 });
    const titled = mention({ titles: ["金华市委书记"], jurisdiction: "金华", position: 2 });
    expect(combineMentions(bare, titled)).toMatchObject({ jurisdiction: "金华", titles: ["金华市委书记"], position: 0 });
  });

  it("keeps the earlier jurisdiction when both carry titles", () => {
    const first = mention({ titles: ["市长"], jurisdiction: "永康", position: 0 });
    const second = mention({ titles: ["副市长"], jurisdiction: "金华", position: 1 });
    expect(combineMentions(first, second).jurisdiction).toBe("永康");
  });
});

describe("replaceTitle", () => {
  it("replaces a misprinted title in place", () => {
    expect(replaceTitle(["市委付书记", "市长"], "市委付书记", "市委副书记")).toEqual(["市委副书记", "市长"]);
  });

  it("drops a repeat the replacement creates", () => {
    expect(replaceTitle(["市委付书记", "市委副书记"], "市委付书记", "市委副书记")).toEqual(["市委副书记"]);
  });

  it("removes the title when the replacement is empty", () => {
    expect(replaceTitle(["记者", "市长"], "记者", "")).toEqual(["市长"]);
  });

  it("answers null when the title is not there (the row stays untouched)", () => {
    expect(replaceTitle(["市长"], "市委付书记", "市委副书记")).toBeNull();
    expect(replaceTitle([], "市长", "副市长")).toBeNull();
  });
});

describe("renumberPositions", () => {
  it("closes the gaps in the current order", () => {
    const rows = [{ id: "c", position: 5 }, { id: "a", position: 0 }, { id: "b", position: 2 }];
    expect(renumberPositions(rows).map(({ row, position }) => [row.id, position])).toEqual([["a", 0], ["b", 1], ["c", 2]]);
  });
});
