import { expect, test, type Page } from "@playwright/test";
import { articleIdByTitle, listArticles, SEED } from "../fixtures/articles";

interface ParsedFeed {
  error: string | null;
  title: string;
  link: string;
  items: { title: string; link: string; guid: string; pubDate: string; categories: string[]; creators: string[] }[];
}

/** Parses RSS with the browser's own XML parser: a malformed document fails here. */
async function parseFeed(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const child = (parent: Element, name: string) => parent.getElementsByTagName(name)[0]?.textContent ?? "";
    const channel = doc.getElementsByTagName("channel")[0];
    return {
      error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      title: channel ? child(channel, "title") : "",
      link: channel ? child(channel, "link") : "",
      items: [...doc.getElementsByTagName("item")].map((item) => ({
        title: child(item, "title"),
        link: child(item, "link"),
        guid: child(item, "guid"),
        pubDate: child(item, "pubDate"),
        categories: [...item.getElementsByTagName("category")].map((node) => node.textContent ?? ""),
        creators: [...item.getElementsByTagName("dc:creator")].map((node) => node.textContent ?? ""),
      })),
    };
  }, xml);
}

const idOfLink = (link: string) => Number(/\/articles\/(\d+)$/.exec(link)?.[1]);

test("/feed.xml is well-formed RSS 2.0 of the newest articles, in list order", async ({ page, request, baseURL }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const feed = await parseFeed(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.title).toBe("永康日报 · 要闻档案");
  expect(feed.link).toBe(`${baseURL}/`);

  const listed = await listArticles(request);
  expect(feed.items.map((item) => idOfLink(item.link))).toEqual(listed.slice(0, 20).map((article) => article.id));
  const safety = feed.items.find((item) => item.title === SEED.safety);
  expect(safety).toMatchObject({ pubDate: "Tue, 02 Aug 2022 00:00:00 +0800", creators: ["陈晓苏"], categories: ["平安建设与除险保安", "安全生产"] });
  expect(safety?.guid).toBe(safety?.link);
  expect(feed.items.find((item) => idOfLink(item.link) === listed.find((article) => article.title === null)?.id)?.title).toBe("图片新闻");
});

test("honours the list's filters: /feed.xml?official=章旭升&topic=疫情防控", async ({ page, request }) => {
  const response = await request.get(`/feed.xml?official=${encodeURIComponent("章旭升")}&topic=${encodeURIComponent("疫情防控")}`);
  const feed = await parseFeed(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.title).toBe("永康日报 · 要闻档案 · 章旭升 · 疫情防控");
  const expected = await listArticles(request, `official=${encodeURIComponent("章旭升")}&topic=epidemic-control`);
  expect(expected.map((article) => article.title)).toEqual([SEED.epidemic, SEED.epidemicEarlier]);
  expect(feed.items.map((item) => item.title)).toEqual([SEED.epidemic, SEED.epidemicEarlier]);
  for (const item of feed.items) expect(item.categories).toContain("疫情防控");
});

test("follows a search too, newest first", async ({ page, request }) => {
  const feed = await parseFeed(page, await (await request.get(`/feed.xml?q=${encodeURIComponent("疫情")}`)).text());
  expect(feed.error).toBeNull();
  expect(feed.title).toBe("永康日报 · 要闻档案 · 搜索“疫情”");
  const found = (await (await request.get(`/api/articles?q=${encodeURIComponent("疫情")}&sort=date`)).json()) as { items: { id: number }[] };
  expect(found.items.length).toBeGreaterThan(0);
  expect(feed.items.map((item) => idOfLink(item.link))).toEqual(found.items.map((item) => item.id));
});

test("answers 400 in Chinese for a filter the archive does not know", async ({ request }) => {
  const response = await request.get(`/feed.xml?official=${encodeURIComponent("不存在的人")}`);
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("档案中没有名为“不存在的人”的领导");
  expect((await request.get("/feed.xml?from=abc")).status()).toBe(400);
});

test("reader pages link their feed, and the list links the feed of its current filters", async ({ page, request, baseURL }) => {
  const feedLink = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
  await expect(feedLink).toHaveAttribute("href", `${baseURL}/feed.xml`);

  await page.goto(`/?topic=epidemic-control&official=${encodeURIComponent("章旭升")}&page=1`);
  const href = await feedLink.getAttribute("href");
  expect(href).toBe(`${baseURL}/feed.xml?official=${encodeURIComponent("章旭升")}&topic=epidemic-control`);
  await expect(feedLink).toHaveAttribute("title", "永康日报 · 要闻档案 · 章旭升 · 疫情防控");
  const feed = await parseFeed(page, await (await request.get(href!)).text());
  const onList = await page.getByRole("region", { name: "文章列表" }).getByRole("heading", { level: 2 }).allTextContents();
  expect(feed.items.map((item) => item.title)).toEqual(onList);
});

test("the sitemap index lists files that name every article, official, reporter and topic page", async ({ page, request, baseURL }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain("Disallow: /admin");

  const index = await request.get("/sitemap.xml");
  expect(index.headers()["content-type"]).toContain("xml");
  const files = await page.evaluate((xml) => [...new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName("loc")].map((loc) => loc.textContent ?? ""), await index.text());
  expect(files.length).toBeGreaterThanOrEqual(3);
  const urls: string[] = [];
  for (const file of files) {
    expect(file.startsWith(`${baseURL}/sitemaps/sitemap/`)).toBe(true);
    const response = await request.get(file);
    expect(response.status()).toBe(200);
    const locs = await page.evaluate((xml) => [...new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName("loc")].map((loc) => loc.textContent ?? ""), await response.text());
    expect(locs.length).toBeLessThanOrEqual(50_000);
    urls.push(...locs);
  }
  for (const article of await listArticles(request)) expect(urls).toContain(`${baseURL}/articles/${article.id}`);
  for (const path of ["/", `/officials/${encodeURIComponent("章旭升")}`, `/reporters/${encodeURIComponent("陈晓苏")}`, "/topics/epidemic-control"]) {
    expect(urls).toContain(`${baseURL}${path}`);
  }
  expect(new Set(urls).size).toBe(urls.length);
  expect((await request.get("/sitemaps/sitemap/articles-999.xml")).status()).toBe(404);
});

test("pages carry a title, description, canonical URL and Open Graph; articles a NewsArticle JSON-LD", async ({ page, request, baseURL }) => {
  const id = await articleIdByTitle(request, SEED.safety);
  await page.goto(`/articles/${id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page).toHaveTitle("群策群力 合力攻坚 · 永康日报要闻档案");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^8月2日下午，我市召开除险保安百日攻坚行动工作推进会。/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/articles/${id}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", "2022-08-02T00:00:00+08:00");

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null") as Record<string, unknown>;
  expect(jsonLd).toMatchObject({
    "@type": "NewsArticle",
    headline: SEED.safety,
    datePublished: "2022-08-02T00:00:00+08:00",
    author: [{ "@type": "Person", name: "陈晓苏" }],
    publisher: { name: "永康日报" },
    inLanguage: "zh-CN",
  });

  await page.goto(`/?official=${encodeURIComponent("章旭升")}&limit=5&cursor=2022-08-02_1`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/?official=${encodeURIComponent("章旭升")}`);
  await expect(page).toHaveTitle("章旭升的文章 · 永康日报要闻档案");
  await page.goto("/?page=2&limit=5");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/?page=2`);
});
