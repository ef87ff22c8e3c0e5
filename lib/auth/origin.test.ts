import { describe, expect, it } from "vitest";
import { isSameOrigin, isStateChanging } from "./origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("origin check", () => {
  it("accepts a request whose Origin is the host it was sent to", () => {
    expect(isSameOrigin(headers({ origin: "https://archive.example.cn", host: "archive.example.cn" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://archive.example.cn", host: "internal:3000", "x-forwarded-host": "archive.example.cn" }))).toBe(true);
  });

  it("refuses another site, a missing Origin and the opaque origin null", () => {
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "archive.example.cn" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "archive.example.cn" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "archive.example.cn" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://archive.example.cn.evil.example", host: "archive.example.cn" }))).toBe(false);
  });

  it("checks only requests that can change something", () => {
    expect(["GET", "HEAD", "OPTIONS"].map(isStateChanging)).toEqual([false, false, false]);
    expect(["POST", "PUT", "PATCH", "DELETE", "post"].map(isStateChanging)).toEqual([true, true, true, true, true]);
  });
});
