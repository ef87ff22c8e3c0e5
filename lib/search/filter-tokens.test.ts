import { describe, expect, it } from "vitest";
import { dateRangeTokens, dateTokens, kindToken, TOKEN_MARK } from "./filter-tokens";
import { normalizeForSearch } from "./tokenize";

const m = TOKEN_MARK;

describe("filter tokens", () => {
  it("gives an article its year and its month", () => {
    expect(dateTokens("2022-08-02")).toEqual([`${m}y2022`, `${m}m202208`]);
  });

  it("covers a range with whole years where it can and months at the ends", () => {
    expect(dateRangeTokens("2021-11-15", "2024-02-10")).toEqual([`${m}m202111`, `${m}m202112`, `${m}y2022`, `${m}y2023`, `${m}m202401`, `${m}m202402`]);
    expect(dateRangeTokens("2022-01-01", "2022-12-31")).toEqual([`${m}y2022`]);
    expect(dateRangeTokens("2022-01-01", "2022-03-31")).toEqual([`${m}m202201`, `${m}m202202`, `${m}m202203`]);
  });

  it("gives nothing for an empty or malformed range", () => {
    expect(dateRangeTokens("2023-01-01", "2022-12-31")).toEqual([]);
    expect(dateRangeTokens("", "2022-12-31")).toEqual([]);
  });

  it("gives a kind its token", () => {
    expect(kindToken("commentary")).toBe(`${m}kcommentary`);
  });

  it("uses a mark that no normalised text can contain", () => {
    expect(normalizeForSearch(m)).not.toContain(m);
  });
});
