import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isDatabaseMarkedDown, resetDatabaseAvailability } from "./availability";
import { answer503WhenDatabaseIsDown } from "./route-outage";

beforeEach(() => {
  resetDatabaseAvailability();
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("answer503WhenDatabaseIsDown", () => {
  it("turns a lost connection into the 503 JSON answer and marks the database down", async () => {
    const handler = answer503WhenDatabaseIsDown(async (request: Request) => {
      throw Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:5432 (${request.url})`), { code: "ECONNREFUSED" });
    });
    const response = await handler(new Request("http://localhost/api/articles?limit=2"));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { message: "档案库暂时无法访问，请稍后再试" } });
    expect(isDatabaseMarkedDown()).toBe(true);
  });

  it("passes answers through and rethrows every other error", async () => {
    const ok = answer503WhenDatabaseIsDown(async (request: Request) => Response.json({ path: new URL(request.url).pathname }));
    expect(await (await ok(new Request("http://localhost/api/articles"))).json()).toEqual({ path: "/api/articles" });
    const broken = answer503WhenDatabaseIsDown(async (request: Request) => {
      throw new TypeError(`a bug at ${request.url}`);
    });
    await expect(broken(new Request("http://localhost/api/articles"))).rejects.toThrow("a bug at http://localhost/api/articles");
    expect(isDatabaseMarkedDown()).toBe(false);
  });
});
