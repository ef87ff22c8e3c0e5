import { describe, expect, it } from "vitest";
import { badRequestResponse } from "./bad-request-response";
import { findMalformedUrlPart } from "./url-guard";

describe("findMalformedUrlPart", () => {
  it("accepts ordinary addresses, Chinese names and lenient query strings", () => {
    expect(findMalformedUrlPart("/officials/%E7%AB%A0%E6%97%AD%E5%8D%87", "?page=2")).toBeNull();
    expect(findMalformedUrlPart("/", "?q=%&official=100%25")).toBeNull(); // a stray % in a query value stays a %
    expect(findMalformedUrlPart("/api/articles", "")).toBeNull();
  });

  it("refuses a path segment that does not decode", () => {
    expect(findMalformedUrlPart("/officials/%", "")).toBe("path");
    expect(findMalformedUrlPart("/reporters/%E0%A4%A", "")).toBe("path");
    expect(findMalformedUrlPart("/articles/%FF", "")).toBe("path");
  });

  it("refuses NUL in the path or in a query name or value", () => {
    expect(findMalformedUrlPart("/officials/%00", "")).toBe("path");
    expect(findMalformedUrlPart("/api/articles", "?official=%00")).toBe("query");
    expect(findMalformedUrlPart("/", "?q=a%00b")).toBe("query");
    expect(findMalformedUrlPart("/", "?%00=1")).toBe("query");
  });
});

describe("badRequestResponse", () => {
  it("answers pages with a Chinese page and APIs with a JSON error", async () => {
    const page = badRequestResponse("/officials/%");
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("<h1>网址无效</h1>");
    const api = badRequestResponse("/api/articles");
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: { message: "网址中有无法识别的字符，请检查链接是否完整" } });
  });
});
