import { describe, expect, it } from "vitest";
import { buildSeries, describeSeries, labelledBars, MAX_MONTHLY_BARS } from "./series";

describe("monthly series", () => {
  it("fills the months without articles with zero between the first and the last", () => {
    const series = buildSeries([
      { month: "2021-11", articles: 2 },
      { month: "2022-02", articles: 1 },
    ]);
    expect(series.unit).toBe("month");
    expect(series.bars.map((bar) => [bar.key, bar.articles])).toEqual([
      ["2021-11", 2],
      ["2021-12", 0],
      ["2022-01", 0],
      ["2022-02", 1],
    ]);
    expect(series.bars[1]).toMatchObject({ year: 2021, month: 12, label: "2021年12月" });
    expect(series.total).toBe(3);
    expect(series.peak?.key).toBe("2021-11");
  });

  it("takes rows in any order, merges duplicates and ignores empty ones", () => {
    const series = buildSeries([
      { month: "2022-08", articles: 1 },
      { month: "2022-06", articles: 0 },
      { month: "2022-07", articles: 2 },
      { month: "2022-08", articles: 2 },
    ]);
    expect(series.bars.map((bar) => [bar.key, bar.articles])).toEqual([
      ["2022-07", 2],
      ["2022-08", 3],
    ]);
    expect(series.peak?.label).toBe("2022年8月");
  });

  it("has no bars and no peak without articles", () => {
    expect(buildSeries([])).toEqual({ unit: "month", bars: [], total: 0, peak: null });
    expect(describeSeries(buildSeries([]), "章旭升")).toBe("章旭升：没有文章。");
  });

  it("keeps months up to the limit and switches to years beyond it", () => {
    const fourYears = buildSeries([
      { month: "2019-01", articles: 1 },
      { month: "2022-12", articles: 1 },
    ]);
    expect(fourYears.bars).toHaveLength(MAX_MONTHLY_BARS);
    expect(fourYears.unit).toBe("month");

    const longer = buildSeries([
      { month: "2008-05", articles: 3 },
      { month: "2008-09", articles: 1 },
      { month: "2012-01", articles: 2 },
      { month: "2019-12", articles: 5 },
    ]);
    expect(longer.unit).toBe("year");
    expect(longer.bars).toHaveLength(12);
    expect(longer.bars.slice(0, 5).map((bar) => [bar.key, bar.articles])).toEqual([
      ["2008", 4],
      ["2009", 0],
      ["2010", 0],
      ["2011", 0],
      ["2012", 2],
    ]);
    expect(longer.bars[0]).toEqual({ key: "2008", year: 2008, label: "2008年", articles: 4 });
    expect(longer.total).toBe(11);
    expect(longer.peak?.key).toBe("2019");
  });
});

describe("axis labels", () => {
  const months = buildSeries([
    { month: "2020-12", articles: 1 },
    { month: "2023-04", articles: 1 },
  ]).bars;

  it("labels every month when there is room", () => {
    expect(labelledBars(months, 40, 36).size).toBe(months.length);
  });

  it("thins labels to calendar steps that leave room for each, always naming the first bar", () => {
    const everyThird = labelledBars(months, 13, 36);
    expect([...everyThird].slice(0, 4)).toEqual(["2020-12", "2021-04", "2021-07", "2021-10"]);
    const januaries = labelledBars(months, 3, 36);
    expect([...januaries]).toEqual(["2020-12", "2022-01", "2023-01"]);
  });

  it("labels round years on long yearly series", () => {
    const years = buildSeries([
      { month: "1990-01", articles: 1 },
      { month: "2023-01", articles: 1 },
    ]).bars;
    expect([...labelledBars(years, 8, 36)]).toEqual(["1990", "1995", "2000", "2005", "2010", "2015", "2020"]);
    const fromOddYear = buildSeries([
      { month: "1993-01", articles: 1 },
      { month: "2023-01", articles: 1 },
    ]).bars;
    expect([...labelledBars(fromOddYear, 8, 36)]).toEqual(["1993", "2000", "2005", "2010", "2015", "2020"]);
  });
});

describe("the chart's summary", () => {
  it("names the period, the total and the busiest month", () => {
    const series = buildSeries([
      { month: "2020-12", articles: 1 },
      { month: "2022-01", articles: 2 },
      { month: "2023-04", articles: 2 },
    ]);
    expect(describeSeries(series, "章旭升")).toBe("章旭升按月统计的文章数：2020年12月至2023年4月共 5 篇，最多的是2022年1月（2 篇）。");
  });
});
