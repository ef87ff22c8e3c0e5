import { describe, expect, it } from "vitest";
import { buildTitleTimeline, type TitleMention } from "./title-timeline";

const mention = (articleId: number, date: string, titles: string[] = [], jurisdiction = "永康"): TitleMention => ({ articleId, date, titles, jurisdiction });

describe("buildTitleTimeline", () => {
  it("gives each distinct chain its first and last date", () => {
    expect(buildTitleTimeline([mention(2, "2021-03-01", ["市长"]), mention(1, "2020-01-01", ["副市长"]), mention(3, "2021-06-01", ["市长"])])).toEqual([
      { titles: ["副市长"], jurisdiction: "永康", firstDate: "2020-01-01", lastDate: "2020-01-01", articleCount: 1 },
      { titles: ["市长"], jurisdiction: "永康", firstDate: "2021-03-01", lastDate: "2021-06-01", articleCount: 2 },
    ]);
  });

  it("carries the last printed chain over later untitled mentions", () => {
    const timeline = buildTitleTimeline([mention(1, "2020-01-01", ["副市长"]), mention(2, "2020-05-01"), mention(3, "2021-01-01", ["市长"]), mention(4, "2022-01-01")]);
    expect(timeline.map((span) => [span.titles.join("、"), span.firstDate, span.lastDate, span.articleCount])).toEqual([
      ["副市长", "2020-01-01", "2020-05-01", 2],
      ["市长", "2021-01-01", "2022-01-01", 2],
    ]);
  });

  it("keeps untitled mentions before any printed title as their own span", () => {
    expect(buildTitleTimeline([mention(1, "2020-01-01"), mention(2, "2020-02-01", [], "金华")])).toEqual([
      { titles: [], jurisdiction: "永康", firstDate: "2020-01-01", lastDate: "2020-02-01", articleCount: 2 },
    ]);
  });

  it("separates equal titles of different jurisdictions and prefers the same jurisdiction when carrying over", () => {
    const timeline = buildTitleTimeline([mention(1, "2020-01-01", ["市长"], "金华"), mention(2, "2020-02-01", ["市长"]), mention(3, "2020-03-01", [], "金华")]);
    expect(timeline.map((span) => [span.jurisdiction, span.lastDate])).toEqual([
      ["金华", "2020-03-01"],
      ["永康", "2020-02-01"],
    ]);
  });

  it("on a date printing two chains, carries over the one printed more often", () => {
    const timeline = buildTitleTimeline([
      mention(1, "2020-01-01", ["市委书记"]),
      mention(2, "2020-06-01", ["市委书记"]),
      mention(3, "2020-06-01", ["市委书记", "领导小组组长"]),
      mention(4, "2020-09-01"),
    ]);
    expect(timeline.map((span) => [span.titles.join("、"), span.lastDate, span.articleCount])).toEqual([
      ["市委书记", "2020-09-01", 3],
      ["市委书记、领导小组组长", "2020-06-01", 1],
    ]);
  });

  it("counts an article once and returns nothing for no mentions", () => {
    expect(buildTitleTimeline([mention(1, "2020-01-01", ["市长"]), mention(1, "2020-01-01", ["市长"])])[0]?.articleCount).toBe(1);
    expect(buildTitleTimeline([])).toEqual([]);
  });
});
