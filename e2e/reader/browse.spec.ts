import { expect, test } from "@playwright/test";

test("a card's headline opens the article with its byline, paragraphs, officials and topics", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "着力数字赋能 推动共富先行" }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page).toHaveTitle(/着力数字赋能 推动共富先行/);
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText("着力数字赋能 推动共富先行");
  await expect(article.getByText("朱重烈在永调研时强调")).toBeVisible();
  await expect(article.locator("time").first()).toHaveAttribute("datetime", "2022-08-01");
  expect(await article.locator("p.indent-\\[2em\\]").count()).toBeGreaterThan(3);

  const officials = article.getByRole("region", { name: "文中领导" });
  await expect(officials).toContainText("金华市委书记");
  await officials.getByRole("link", { name: "朱重烈" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/朱重烈/);
});

test("a missing article is a 404 that links back to the list", async ({ page }) => {
  for (const path of ["/articles/999999", "/articles/abc"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "找不到这篇文章" })).toBeVisible();
  }
  await page.getByRole("link", { name: "返回文章列表" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a reporter's page counts their articles", async ({ page }) => {
  await page.goto(`/?reporter=${encodeURIComponent("张赤奎")}`);
  await expect(page.getByRole("article")).toHaveCount(2);
  await page.getByRole("article").first().getByRole("link", { name: "张赤奎" }).click();
  await expect(page).toHaveURL(/\/reporters\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("张赤奎");
  await expect(page.getByRole("region", { name: "署名文章" }).getByRole("article")).toHaveCount(2);
  expect((await page.goto(`/reporters/${encodeURIComponent("无名")}`))?.status()).toBe(404);
});

test("topics show their rules and articles", async ({ page }) => {
  await page.goto("/topics");
  await expect(page.getByRole("heading", { level: 1, name: "主题" })).toBeVisible();
  const topics = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link");
  if ((await topics.count()) === 0) {
    await expect(page.getByText("还没有主题。")).toBeVisible();
    return;
  }
  await topics.first().click();
  await expect(page).toHaveURL(/\/topics\/[a-z0-9-]+$/);
  await expect(page.getByRole("list", { name: "关键词及权重" }).getByRole("listitem").first()).toContainText("×");
  expect((await page.goto("/topics/no-such-topic"))?.status()).toBe(404);
});
