import { describe, expect, it } from "vitest";
import { countsOfMonth, groupByYear } from "./years";

describe("the archive's years", () => {
  it("sums each year's months, newest year first, months in calendar order", () => {
    const years = groupByYear([
      { year: 2022, month: 8, articles: 3, issues: 1 },
      { year: 2020, month: 12, articles: 3, issues: 1 },
      { year: 2022, month: 1, articles: 2, issues: 1 },
    ]);
    expect(years.map((year) => [year.year, year.articles, year.issues])).toEqual([
      [2022, 5, 2],
      [2020, 3, 1],
    ]);
    expect(years[0]?.months.map((month) => month.month)).toEqual([1, 8]);
    expect(groupByYear([])).toEqual([]);
  });

  it("picks one month's days out of a longer list", () => {
    const days = [
      { date: "2022-01-11", articles: 2 },
      { date: "2022-08-02", articles: 3 },
      { date: "2022-08-31", articles: 1 },
      { date: "2022-10-08", articles: 4 },
    ];
    expect([...countsOfMonth(days, 2022, 8)]).toEqual([
      [2, 3],
      [31, 1],
    ]);
    expect(countsOfMonth(days, 2022, 3).size).toBe(0);
    expect([...countsOfMonth(days, 2022, 1)]).toEqual([[11, 2]]);
  });
});
