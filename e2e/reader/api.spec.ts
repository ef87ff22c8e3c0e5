import { expect, test } from "@playwright/test";

interface ListJson {
  total: number;
  items: { id: number; date: string; officials: string[]; topics: string[] }[];
  next: string | null;
}

const FIELDS = ["date", "id", "kicker", "kind", "officials", "reporters", "subtitle", "title", "topics"];

test("lists the articles newest first in the documented shape", async ({ request }) => {
  const response = await request.get("/api/articles");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as ListJson;
  expect(Object.keys(body).sort()).toEqual(["items", "next", "total"]);
  expect(body.total).toBe(14);
  expect(body.items).toHaveLength(14);
  expect(body.next).toBeNull();
  for (const item of body.items) expect(Object.keys(item).sort()).toEqual(FIELDS);
  const dates = body.items.map((item) => item.date);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(body.items.flatMap((item) => item.topics).every((slug) => /^[a-z0-9-]+$/.test(slug))).toBe(true);
});

test("pages by cursor through every article once, in list order", async ({ request }) => {
  const all = ((await (await request.get("/api/articles")).json()) as ListJson).items.map((item) => item.id);
  const seen: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = cursor ? `?limit=5&cursor=${encodeURIComponent(cursor)}` : "?limit=5";
    const body = (await (await request.get(`/api/articles${query}`)).json()) as ListJson;
    expect(body.total).toBe(14);
    seen.push(...body.items.map((item) => item.id));
    cursor = body.next;
    pages += 1;
  } while (cursor && pages < 10);
  expect(pages).toBe(3);
  expect(seen).toEqual(all);
});

test("takes the home page's filters", async ({ request }) => {
  const both = (await (await request.get(`/api/articles?official=${encodeURIComponent("章旭升")}&official=${encodeURIComponent("朱重烈")}`)).json()) as ListJson;
  expect(both.items.map((item) => item.date)).toEqual(["2023-04-21", "2022-08-01"]);
  for (const item of both.items) expect(item.officials).toEqual(expect.arrayContaining(["章旭升", "朱重烈"]));
  expect(((await (await request.get("/api/articles?year=2022")).json()) as ListJson).total).toBe(5);
  expect(((await (await request.get("/api/articles?kind=commentary")).json()) as ListJson).total).toBe(1);
  expect(((await (await request.get(`/api/articles?reporter=${encodeURIComponent("张赤奎")}`)).json()) as ListJson).total).toBe(2);
});

test("answers 400 naming the parameter for invalid values and unknown names", async ({ request }) => {
  for (const [query, param] of [
    ["from=abc", "from"],
    ["limit=101", "limit"],
    ["kind=video", "kind"],
    ["cursor=nope", "cursor"],
    [`official=${encodeURIComponent("不存在的人")}`, "official"],
    ["topic=no-such-topic", "topic"],
    [`reporter=${encodeURIComponent("无名")}`, "reporter"],
  ]) {
    const response = await request.get(`/api/articles?${query}`);
    expect(response.status(), query).toBe(400);
    const body = (await response.json()) as { error: { param: string; message: string } };
    expect(body.error.param).toBe(param);
    expect(body.error.message.length).toBeGreaterThan(0);
  }
});
