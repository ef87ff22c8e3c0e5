import { describe, expect, it } from "vitest";
import { officialTag, reporterTag, topicTag } from "./tags";

describe("profile tags", () => {
  it("name the official, topic or journalist", () => {
    expect(officialTag("章旭升")).toBe("official:章旭升");
    expect(topicTag("covid-prevention")).toBe("topic:covid-prevention");
    expect(reporterTag("陈晓苏")).toBe("reporter:陈晓苏");
  });

  it("stay within Next's 256 characters for a slug of kilobytes, the same slug giving the same tag", () => {
    const long = "章".repeat(3000);
    expect(officialTag(long).length).toBeLessThanOrEqual(256);
    expect(officialTag(long)).toBe(officialTag(long));
    expect(officialTag(long)).not.toBe(officialTag(`${long}x`));
    expect(officialTag(long)).not.toBe(topicTag(long));
  });
});
