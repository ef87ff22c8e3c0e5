import { describe, expect, it } from "vitest";
import { renderOutagePage } from "@/lib/db/outage-page";
import { classifyAnswer, findLeak } from "./answers";

describe("classifyAnswer", () => {
  it("tells the outage page and health answer from an error page and anything else", () => {
    expect(classifyAnswer(200, "<h1>头版要闻</h1>")).toBe("ok");
    expect(classifyAnswer(503, renderOutagePage("/"))).toBe("outage-503");
    expect(classifyAnswer(503, '{"status":"degraded","db":"down"}')).toBe("outage-503");
    expect(classifyAnswer(503, '{"error":{"message":"档案库暂时无法访问，请稍后再试"}}')).toBe("outage-503");
    expect(classifyAnswer(200, "<h1>页面暂时无法显示</h1>")).toBe("error-page");
    expect(classifyAnswer(500, "<h1>页面暂时无法显示</h1>")).toBe("error-page");
    expect(classifyAnswer(500, "Internal Server Error")).toBe("other");
    expect(classifyAnswer(500, "")).toBe("other");
  });

  it("counts Next's error shell, which the browser turns into the error boundary, as the error page", () => {
    const shell = `<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"d:E{\\"digest\\":\\"466013536\\"}\\n"])</script></body></html>`;
    expect(classifyAnswer(500, shell)).toBe("error-page");
  });

  it("counts a page whose streamed part failed (its digest in the flight data) as the error page", () => {
    const streamed = `<!DOCTYPE html><html lang="zh-CN"><body><h1>头版要闻</h1><script>self.__next_f.push([1,"9:E{\\"digest\\":\\"2969846052\\"}\\n"])</script></body></html>`;
    expect(classifyAnswer(500, streamed)).toBe("error-page");
    expect(classifyAnswer(500, streamed.replace("E{", "{"))).toBe("other");
    expect(classifyAnswer(200, streamed)).toBe("error-page");
  });
});

describe("findLeak", () => {
  it("finds stack frames, framework error pages and driver messages", () => {
    expect(findLeak("Error: x\n    at listArticles (/app/.next/server/chunks/1.js:10:5)")).not.toBeNull();
    expect(findLeak("Application error: a server-side exception has occurred")).not.toBeNull();
    expect(findLeak("connect ECONNREFUSED 127.0.0.1:5432")).not.toBeNull();
    expect(findLeak("Invalid `prisma.article.findMany()` invocation")).not.toBeNull();
  });

  it("passes the outage page", () => {
    expect(findLeak(renderOutagePage("/"))).toBeNull();
  });
});
