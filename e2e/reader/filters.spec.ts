import { expect, test, type Page } from "@playwright/test";

const articles = (page: Page) => page.getByRole("article");
const facets = (page: Page) => page.getByRole("complementary", { name: "筛选" });
const facetGroup = (page: Page, name: string) => facets(page).getByRole("region", { name, exact: true });
const searchParams = (page: Page) => new URL(page.url()).searchParams;

/** The count a facet link shows, e.g. "章旭升 10 篇" → 10. */
async function facetCount(link: ReturnType<Page["getByRole"]>): Promise<number> {
  const match = /(\d+)\s*篇$/.exec((await link.textContent())?.trim() ?? "");
  if (!match) throw new Error("facet link without a count");
  return Number(match[1]);
}

test("narrows the list by official, topic and year from the facet links, and the back button undoes it", async ({ page }) => {
  await page.goto("/");
  await expect(articles(page)).toHaveCount(14);

  await facetGroup(page, "领导").getByRole("link", { name: /^章旭升/ }).click();
  await expect(page).toHaveURL(/official=/);
  expect(searchParams(page).getAll("official")).toEqual(["章旭升"]);
  await expect(page.getByText(/符合条件的文章\s*10\s*篇/)).toBeVisible();
  await expect(articles(page)).toHaveCount(10);
  for (const card of await articles(page).all()) await expect(card.getByRole("link", { name: "章旭升", exact: true })).toBeVisible();

  const topics = facetGroup(page, "主题").getByRole("link");
  let expected = 10;
  if ((await topics.count()) > 0) {
    const topic = topics.first();
    expected = await facetCount(topic);
    const topicName = (await topic.locator("span").first().textContent())?.trim() ?? "";
    await topic.click();
    await expect(page).toHaveURL(/topic=/);
    expect(searchParams(page).getAll("official")).toEqual(["章旭升"]);
    await expect(articles(page)).toHaveCount(expected);
    for (const card of await articles(page).all()) await expect(card.getByRole("link", { name: topicName, exact: true })).toBeVisible();
  }

  const year = facetGroup(page, "年份").getByRole("link").first();
  const yearText = (await year.locator("span").first().textContent())?.trim() ?? "";
  const yearCount = await facetCount(year);
  await year.click();
  await expect(page).toHaveURL(/year=\d{4}/);
  const params = searchParams(page);
  expect(params.get("year")).toBe(yearText.replace("年", ""));
  expect(params.getAll("official")).toEqual(["章旭升"]);
  await expect(articles(page)).toHaveCount(yearCount);
  const dates = await articles(page).locator("time").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
  for (const date of dates) expect(date.startsWith(params.get("year") ?? "")).toBe(true);
  expect(yearCount).toBeLessThanOrEqual(expected);

  await page.goBack();
  await expect(page).not.toHaveURL(/year=/);
  await expect(articles(page)).toHaveCount(expected);
});

test("shows active filters as chips: removing one keeps the others, clear-all resets", async ({ page }) => {
  await page.goto(`/?official=${encodeURIComponent("章旭升")}&official=${encodeURIComponent("朱重烈")}&year=2022`);
  await expect(articles(page)).toHaveCount(1);
  await expect(articles(page).getByRole("heading")).toHaveText("着力数字赋能 推动共富先行");

  await page.getByRole("link", { name: /领导：朱重烈.*移除/ }).click();
  await expect(page).not.toHaveURL(/%E6%9C%B1%E9%87%8D%E7%83%88/);
  expect(searchParams(page).getAll("official")).toEqual(["章旭升"]);
  expect(searchParams(page).get("year")).toBe("2022");
  await expect(articles(page)).toHaveCount(4);

  await page.getByRole("link", { name: "清除全部筛选", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(articles(page)).toHaveCount(14);
  await expect(page.getByRole("link", { name: /移除/ })).toHaveCount(0);
});

test("says when nothing matches and offers filters to remove", async ({ page }) => {
  await page.goto(`/?official=${encodeURIComponent("朱重烈")}&kind=commentary`);
  await expect(page.getByRole("heading", { name: "在当前条件下没有找到文章" })).toBeVisible();
  await expect(articles(page)).toHaveCount(0);

  await page.getByRole("link", { name: "去掉“类型：评论”" }).click();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(articles(page)).toHaveCount(2);
});

test("names invalid parameters in a notice and still lists the articles", async ({ page }) => {
  const response = await page.goto(`/?from=abc&official=${encodeURIComponent("不存在的人")}&kind=commentary`);
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "已忽略" });
  await expect(notice).toContainText("from");
  await expect(notice).toContainText("abc");
  await expect(notice).toContainText("official");
  await expect(notice).toContainText("不存在的人");
  await expect(articles(page)).toHaveCount(1); // kind=commentary still applies
});

test("pages with numbered links, 上一页 and 下一页, and shows the total", async ({ page }) => {
  await page.goto("/?limit=5");
  await expect(page.getByText(/档案共收录文章\s*14\s*篇，第 1 \/ 3 页/)).toBeVisible();
  await expect(articles(page)).toHaveCount(5);
  const paging = page.getByRole("navigation", { name: "分页" });
  const firstPage = await articles(page).getByRole("heading").allTextContents();

  await paging.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(paging.locator("[aria-current=page]")).toHaveText(/2/);
  const secondPage = await articles(page).getByRole("heading").allTextContents();
  expect(secondPage.some((title) => firstPage.includes(title))).toBe(false);

  await paging.getByRole("link", { name: "第 3 页" }).click();
  await expect(articles(page)).toHaveCount(4);
  await expect(paging.getByRole("link", { name: "下一页" })).toHaveCount(0);
  await paging.getByRole("link", { name: "上一页" }).click();
  await expect(page).toHaveURL(/page=2/);
});
