import { describe, expect, it } from "vitest";
import { daysInMonth, isLeapYear, monthRange, monthWeeks, nextMonth, previousMonth, weekdayIndex, weekdayName } from "./calendar";

describe("leap years and month lengths", () => {
  it("knows the Gregorian leap-year rule, centuries included", () => {
    expect([2020, 2024, 2000, 1904].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2021, 2022, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it("gives February 29 days only in leap years, and 30 or 31 to the other months", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2022, month))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe("weekdays", () => {
  it("counts from Monday (0) to Sunday (6)", () => {
    expect(weekdayIndex(2022, 8, 1)).toBe(0); // a Monday
    expect(weekdayIndex(2022, 8, 7)).toBe(6); // a Sunday
    expect(weekdayIndex(2000, 1, 1)).toBe(5); // a Saturday
  });

  it("names the weekday of a date", () => {
    expect(weekdayName("2022-08-02")).toBe("星期二");
    expect(weekdayName("2023-04-21")).toBe("星期五");
    expect(weekdayName("2020-12-27")).toBe("星期日");
  });
});

describe("the weeks of a month", () => {
  it("starts on Monday with blanks before the first day and after the last", () => {
    const weeks = monthWeeks(2022, 8); // 1 August 2022 is a Monday
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weeks.at(-1)).toEqual([29, 30, 31, null, null, null, null]);

    const december = monthWeeks(2020, 12); // 1 December 2020 is a Tuesday
    expect(december[0]).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(december[3]).toEqual([21, 22, 23, 24, 25, 26, 27]);
  });

  it("puts a month starting on Sunday on the last column and may need six weeks", () => {
    const weeks = monthWeeks(2021, 8); // 1 August 2021 is a Sunday
    expect(weeks[0]).toEqual([null, null, null, null, null, null, 1]);
    expect(weeks).toHaveLength(6);
    expect(weeks.at(-1)).toEqual([30, 31, null, null, null, null, null]);
  });

  it("fits a common-year February starting on Monday in exactly four weeks", () => {
    expect(monthWeeks(2021, 2)).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14],
      [15, 16, 17, 18, 19, 20, 21],
      [22, 23, 24, 25, 26, 27, 28],
    ]);
    expect(monthWeeks(2024, 2).flat().filter((day) => day !== null)).toHaveLength(29);
  });

  it("lists every day of every month exactly once, in rows of seven", () => {
    for (const year of [1900, 2000, 2022, 2024]) {
      for (let month = 1; month <= 12; month += 1) {
        const weeks = monthWeeks(year, month);
        expect(weeks.every((week) => week.length === 7)).toBe(true);
        const days = weeks.flat().filter((day) => day !== null);
        expect(days).toEqual(Array.from({ length: daysInMonth(year, month) }, (_, index) => index + 1));
        expect(weeks[0]!.indexOf(1)).toBe(weekdayIndex(year, month, 1));
      }
    }
  });
});

describe("neighbouring months", () => {
  it("crosses year boundaries", () => {
    expect(previousMonth({ year: 2022, month: 1 })).toEqual({ year: 2021, month: 12 });
    expect(nextMonth({ year: 2022, month: 12 })).toEqual({ year: 2023, month: 1 });
    expect(nextMonth({ year: 2022, month: 8 })).toEqual({ year: 2022, month: 9 });
  });

  it("gives a month's first and last day", () => {
    expect(monthRange({ year: 2024, month: 2 })).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthRange({ year: 2022, month: 8 })).toEqual({ from: "2022-08-01", to: "2022-08-31" });
  });
});
