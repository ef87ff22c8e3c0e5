import { describe, expect, it } from "vitest";
import { articleDate, parseIsoDate } from "./dates";

const page = (iso: string) => {
  const ymd = parseIsoDate(iso);
  if (ymd === null) throw new Error(iso);
  return ymd;
};

describe("articleDate", () => {
  it("takes month and day from the dateline and the year from the page", () => {
    expect(articleDate("9月22日下午，市委网络", page("2021-09-22"))).toBe("2021-09-22");
    expect(articleDate("12月22日，市委副书记", page("2020-12-23"))).toBe("2020-12-22");
  });

  it("takes the first date of a range", () => {
    expect(articleDate("8月1日下午至8月2日上午，金华市委书记", page("2022-08-02"))).toBe("2022-08-01");
  });

  it("moves a December dateline on a January page to the previous year", () => {
    expect(articleDate("12月31日，我市举行", page("2024-01-03"))).toBe("2023-12-31");
    expect(articleDate("11月30日", page("2024-01-03"))).toBe("2023-11-30");
  });

  it("keeps the page year for last month and next month", () => {
    expect(articleDate("1月31日", page("2024-02-01"))).toBe("2024-01-31");
    expect(articleDate("3月1日", page("2024-02-29"))).toBe("2024-03-01");
  });

  it("uses a printed year", () => {
    expect(articleDate("2023年12月31日，", page("2024-01-03"))).toBe("2023-12-31");
  });

  it("falls back to the page date without a dateline or with an impossible one", () => {
    expect(articleDate("面对共同富裕新使命新任务", page("2021-09-22"))).toBe("2021-09-22");
    expect(articleDate("近日，9月22日", page("2021-09-22"))).toBe("2021-09-22");
    expect(articleDate("2月30日", page("2022-03-01"))).toBe("2022-03-01");
    expect(articleDate("13月1日", page("2022-03-01"))).toBe("2022-03-01");
  });
});

describe("parseIsoDate", () => {
  it("accepts real dates only", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2023-1-5")).toBeNull();
  });
});
