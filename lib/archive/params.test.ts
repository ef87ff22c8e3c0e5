import { describe, expect, it } from "vitest";
import { archiveHref, issueHref, parseDaySegment, parseMonthSegment, parseYearSegment } from "./params";

describe("archive URL segments", () => {
  it("takes four-digit years within 1900–2100 only", () => {
    expect(parseYearSegment("2022")).toBe(2022);
    expect(parseYearSegment("1900")).toBe(1900);
    for (const segment of ["abc", "22", "02022", "1899", "2101", "2022.0", " 2022", "-2022", ""]) expect(parseYearSegment(segment)).toBeNull();
  });

  it("takes months 1–12 and marks one-digit forms as not canonical", () => {
    expect(parseMonthSegment("08")).toEqual({ value: 8, isCanonical: true });
    expect(parseMonthSegment("12")).toEqual({ value: 12, isCanonical: true });
    expect(parseMonthSegment("8")).toEqual({ value: 8, isCanonical: false });
    for (const segment of ["13", "00", "0", "abc", "008", "1e1", ""]) expect(parseMonthSegment(segment)).toBeNull();
  });

  it("takes only days that exist in the month", () => {
    expect(parseDaySegment(2022, 8, "02")).toEqual({ value: 2, isCanonical: true });
    expect(parseDaySegment(2022, 8, "31")).toEqual({ value: 31, isCanonical: true });
    expect(parseDaySegment(2024, 2, "29")).toEqual({ value: 29, isCanonical: true });
    expect(parseDaySegment(2023, 2, "29")).toBeNull();
    expect(parseDaySegment(2022, 9, "31")).toBeNull();
    expect(parseDaySegment(2022, 8, "2")).toEqual({ value: 2, isCanonical: false });
    for (const segment of ["00", "32", "x", ""]) expect(parseDaySegment(2022, 8, segment)).toBeNull();
  });

  it("builds two-digit URLs", () => {
    expect(archiveHref()).toBe("/archive");
    expect(archiveHref({ year: 2022 })).toBe("/archive/2022");
    expect(archiveHref({ year: 2022, month: 8 })).toBe("/archive/2022/08");
    expect(archiveHref({ year: 2022, month: 8, day: 2 })).toBe("/archive/2022/08/02");
    expect(issueHref("2020-12-23")).toBe("/archive/2020/12/23");
  });
});
