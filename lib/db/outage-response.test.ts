import { describe, expect, it } from "vitest";
import { outageResponse } from "./outage-response";

const request = (pathname: string, options: { method?: string; search?: string; headers?: Record<string, string> } = {}) => ({
  method: options.method ?? "GET",
  pathname,
  search: options.search ?? "",
  headers: new Headers(options.headers),
});

describe("outageResponse", () => {
  it("answers the health check with db: down", async () => {
    const response = outageResponse(request("/api/health"));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", db: "down" });
  });

  it("answers JSON APIs with a JSON error in Chinese", async () => {
    const response = outageResponse(request("/api/articles", { search: "?limit=5" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { message: "档案库暂时无法访问，请稍后再试" } });
  });

  it("answers pages with the Chinese page, a retry link to the same address, and no caching", async () => {
    const response = outageResponse(request("/officials/%E7%AB%A0", { search: "?page=2" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toContain('href="/officials/%E7%AB%A0?page=2"');
  });

  it("answers a server action with plain text, so the editor's form shows why nothing was saved", async () => {
    const response = outageResponse(request("/admin/articles/3", { method: "POST", headers: { "next-action": "abc" } }));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toContain("修改没有保存");
  });

  it("sends no body for HEAD", async () => {
    const response = outageResponse(request("/", { method: "HEAD" }));
    expect(response.status).toBe(503);
    expect(await response.text()).toBe("");
  });
});
