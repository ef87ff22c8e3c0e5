import { expect, test, type Page } from "@playwright/test";

const articles = (page: Page) => page.getByRole("article");
// A locator, so that assertions wait for the results streamed in after the page's frame.
const headlines = (page: Page) => articles(page).getByRole("heading");
const searchBox = (page: Page) => page.getByRole("search", { name: "搜索文章" }).getByRole("searchbox");
const DIGITAL_REFORM = ["全面起势 全力突破", "着力数字赋能 推动共富先行", "着力实现依法治网与以德润网有机统一"];

test("searches from the header of any page and marks the terms in the results", async ({ page }) => {
  await page.goto("/officials");
  await searchBox(page).fill("数字化改革");
  await searchBox(page).press("Enter");

  await expect(page).toHaveURL(/\/\?q=/);
  expect(new URL(page.url()).searchParams.get("q")).toBe("数字化改革");
  await expect(page.getByText(/搜索“数字化改革”，找到\s*3\s*篇/)).toBeVisible();
  await expect(headlines(page)).toHaveText(DIGITAL_REFORM);
  await expect(articles(page).first().locator("mark").first()).toHaveText("数字化改革");
  await expect(searchBox(page)).toHaveValue("数字化改革");
});

test("combines a search with the filters in force, and removing the query keeps them", async ({ page }) => {
  await page.goto(`/?official=${encodeURIComponent("朱重烈")}`);
  await expect(articles(page)).toHaveCount(2);
  await searchBox(page).fill("数字化改革");
  await searchBox(page).press("Enter");

  await expect(page).toHaveURL(/q=/);
  const params = new URL(page.url()).searchParams;
  expect(params.getAll("official")).toEqual(["朱重烈"]);
  await expect(headlines(page)).toHaveText(["着力数字赋能 推动共富先行"]);

  await page.getByRole("link", { name: /搜索：“数字化改革”/ }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(articles(page)).toHaveCount(2);
});

test("sorts results by relevance or by date", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent("章旭升")}`);
  await expect(articles(page)).toHaveCount(10);
  await expect(page.getByRole("group", { name: "排序" }).getByText("按相关度")).toHaveAttribute("aria-current", "true");

  await page.getByRole("link", { name: "按日期" }).click();
  await expect(page).toHaveURL(/sort=date/);
  await expect(page.getByRole("group", { name: "排序" }).getByText("按日期")).toHaveAttribute("aria-current", "true");
  await expect(articles(page)).toHaveCount(10);
  const dates = await articles(page).locator("time").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
  expect(dates).toHaveLength(10);
  expect(dates).toEqual([...dates].sort().reverse());
});

test("finds the same articles for traditional characters and for an official's name in pinyin", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent("數字化改革")}`);
  await expect(headlines(page)).toHaveText(DIGITAL_REFORM);
  await page.goto("/?q=zhangxusheng");
  await expect(articles(page)).toHaveCount(10);
  await expect(articles(page).first().locator("mark").first()).toBeVisible();
});

test("answers absurd queries with a sensible page, rendering markup in them as text", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });

  // 10,000 characters that fit in a URL (Node refuses request lines over 16 KB: 10,000 CJK characters are 90 KB).
  const long = await page.goto(`/?q=${"ab1 ".repeat(2_500)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "在当前条件下没有找到文章" })).toBeVisible();

  const html = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  const markup = await page.goto(`/?q=${encodeURIComponent(html)}`);
  expect(markup?.status()).toBe(200);
  await expect(page.getByText(`搜索“${html}”`, { exact: false })).toBeVisible();
  expect(await page.locator("main img, main script").count()).toBe(0);

  await page.goto(`/?q=${encodeURIComponent("！？。，")}`);
  await expect(page.getByText("搜索词中没有可检索的文字")).toBeVisible();
  await expect(articles(page)).toHaveCount(14);
  expect(dialogs).toBe(0);
});

test("GET /api/articles searches with q, pages by search cursor and names a useless query", async ({ request }) => {
  const first = await request.get(`/api/articles?q=${encodeURIComponent("章旭升")}&limit=4`);
  expect(first.status()).toBe(200);
  const body = (await first.json()) as { total: number; items: { id: number; officials: string[] }[]; next: string | null; search: unknown };
  expect(body).toMatchObject({ total: 10, next: "s4", search: { sort: "relevance", isTotalCapped: false } });
  expect(body.items).toHaveLength(4);
  for (const item of body.items) expect(item.officials).toContain("章旭升");

  const rest: number[] = [];
  for (let cursor = body.next; cursor; ) {
    const page = (await (await request.get(`/api/articles?q=${encodeURIComponent("章旭升")}&limit=4&cursor=${cursor}`)).json()) as typeof body;
    rest.push(...page.items.map((item) => item.id));
    cursor = page.next;
  }
  const all = [...body.items.map((item) => item.id), ...rest];
  expect(new Set(all).size).toBe(10);

  const useless = await request.get(`/api/articles?q=${encodeURIComponent("！？")}`);
  expect(useless.status()).toBe(400);
  expect(await useless.json()).toMatchObject({ error: { param: "q" } });
});
