import { describe, expect, it } from "vitest";
import { pickNearestTitles, type DatedTitles } from "./nearest-title";

const printed = (date: string, titles: string[], articleId = 1): DatedTitles => ({ date, titles, jurisdiction: "永康", articleId });

describe("pickNearestTitles", () => {
  it("takes the titles printed closest in time, before or after", () => {
    const before = printed("2020-01-01", ["市委副书记"], 1);
    const after = printed("2022-08-04", ["市委副书记", "市长"], 2);
    expect(pickNearestTitles("2022-08-02", [before, after])).toBe(after);
    expect(pickNearestTitles("2020-02-01", [before, after])).toBe(before);
  });

  it("prefers the earlier article on a tie, whose titles were in force that day", () => {
    const before = printed("2022-08-01", ["市委副书记"], 1);
    const after = printed("2022-08-03", ["市长"], 2);
    expect(pickNearestTitles("2022-08-02", [after, before])).toBe(before);
  });

  it("takes a same-day article that prints the titles", () => {
    const sameDay = printed("2022-08-02", ["市委书记"], 7);
    expect(pickNearestTitles("2022-08-02", [printed("2022-07-30", ["市长"]), sameDay])).toBe(sameDay);
  });

  it("ignores candidates without titles and answers null when none is left", () => {
    expect(pickNearestTitles("2022-08-02", [printed("2022-08-02", [])])).toBeNull();
    expect(pickNearestTitles("2022-08-02", [])).toBeNull();
  });

  it("counts whole days across month and year ends", () => {
    const lateDecember = printed("2021-12-31", ["甲"], 1);
    const earlyFebruary = printed("2022-02-01", ["乙"], 2);
    expect(pickNearestTitles("2022-01-02", [earlyFebruary, lateDecember])).toBe(lateDecember);
  });
});
