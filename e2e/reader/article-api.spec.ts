import { expect, test } from "@playwright/test";
import { articleIdByTitle, SEED } from "../fixtures/articles";

const FIELDS = ["bylines", "citation", "date", "id", "kicker", "kind", "officials", "page", "paragraphs", "reporters", "subtitle", "title", "topics", "updatedAt", "url"];

test("GET /api/articles/[id] answers the whole article in the documented shape, with its page", async ({ request, baseURL }) => {
  const id = await articleIdByTitle(request, SEED.digital);
  const response = await request.get(`/api/articles/${id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const article = (await response.json()) as Record<string, unknown> & { paragraphs: string[]; officials: { name: string; titles: string[]; nearestTitles: unknown }[] };
  expect(Object.keys(article).sort()).toEqual(FIELDS);
  expect(article).toMatchObject({
    id,
    kind: "news",
    kicker: "朱重烈在永调研时强调",
    title: SEED.digital,
    date: "2022-08-01",
    reporters: ["楼盼", "陈晓苏"],
    bylines: [
      { name: "楼盼", role: "记者", organization: "金华日报" },
      { name: "陈晓苏", role: "融媒首席记者", organization: "本报" },
    ],
    url: `${baseURL}/articles/${id}`,
    citation: "楼盼、陈晓苏：《着力数字赋能 推动共富先行》，《永康日报》2022年8月2日。",
    page: { date: "2022-08-02", fileName: "002_6ac7b1a4b5ec4ac0.txt", url: `${baseURL}/articles/${id}/source` },
  });
  expect((article.page as { span: number[] }).span).toEqual([expect.any(Number), expect.any(Number)]);
  expect(article.paragraphs.length).toBeGreaterThan(3);
  expect(article.officials.find((official) => official.name === "朱重烈")).toMatchObject({ titles: ["金华市委书记"], jurisdiction: "金华", nearestTitles: null });
  expect(article.officials.find((official) => official.name === "章旭升")).toMatchObject({ titles: [], nearestTitles: { titles: ["市委书记"], date: "2022-08-02" } });
});

test("GET /api/articles/[id] agrees with the list API and the article page", async ({ request, page }) => {
  const list = (await (await request.get("/api/articles?limit=1")).json()) as { items: { id: number; title: string | null; topics: string[] }[] };
  const first = list.items[0]!;
  const article = (await (await request.get(`/api/articles/${first.id}`)).json()) as { title: string | null; topics: { slug: string }[] };
  expect(article.title).toBe(first.title);
  expect(article.topics.map((topic) => topic.slug)).toEqual(first.topics);
  await page.goto(`/articles/${first.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title ?? "图片新闻");
});

test("GET /api/articles/[id] answers 404 for a missing article and 400 for an id that is not one", async ({ request }) => {
  const missing = await request.get("/api/articles/999999");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: { param: "id", message: "没有编号为 999999 的文章" } });
  for (const bad of ["abc", "0", "-1", "1.5", "99999999999"]) {
    const response = await request.get(`/api/articles/${bad}`);
    expect(response.status(), bad).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe("id");
  }
});
