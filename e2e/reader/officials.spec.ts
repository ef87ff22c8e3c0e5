import { expect, test } from "@playwright/test";

test("the officials index leads to an official's page with the title timeline", async ({ page }) => {
  await page.goto("/officials");
  await expect(page.getByRole("heading", { level: 1, name: "领导" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "网站导航" }).getByRole("link", { name: "领导" })).toHaveAttribute("aria-current", "page");

  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("章旭升");
  await expect(rows.nth(1)).toContainText("10");
  await expect(page.getByRole("region", { name: "中央领导" })).toContainText("习近平");
  await expect(page.getByRole("table")).not.toContainText("习近平");

  await page.getByRole("link", { name: "张群环", exact: true }).click();
  await expect(page).toHaveURL(/\/officials\/%E5%BC%A0%E7%BE%A4%E7%8E%AF$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("张群环");

  const timeline = page.getByRole("region", { name: "职务变化" });
  const spans = timeline.getByRole("listitem");
  await expect(spans).toHaveCount(1);
  await expect(spans.first()).toContainText("市委副书记、市长");
  await expect(spans.first().locator("time")).toHaveText(["2020年12月", "2021年9月"]);

  const coOfficials = page.getByRole("region", { name: "同版出现的领导" }).getByRole("table");
  await expect(coOfficials.getByRole("link", { name: /^章旭升/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /相关文章/ }).getByRole("article")).toHaveCount(3);

  await coOfficials.getByRole("link", { name: /^章旭升/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("章旭升");
  await expect(page.getByRole("region", { name: "职务变化" })).toContainText("市委书记");
});

test("sorts the officials by name", async ({ page }) => {
  await page.goto("/officials");
  await page.getByRole("link", { name: "按姓名" }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole("link", { name: "按姓名" })).toHaveAttribute("aria-current", "true");
  const names = await page.getByRole("table").getByRole("rowheader").locator("a").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")));
});

test("an unknown official is a 404 with a way back", async ({ page }) => {
  const response = await page.goto(`/officials/${encodeURIComponent("不存在的人")}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到这位领导" })).toBeVisible();
  await page.getByRole("link", { name: "查看全部领导" }).click();
  await expect(page).toHaveURL(/\/officials$/);
});

test("a later page of an official's articles keeps its ?page= URL and says when it is past the end", async ({ page }) => {
  const name = encodeURIComponent("章旭升");
  const response = await page.goto(`/officials/${name}?page=2`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/officials/${name}\\?page=2$`));
  await expect(page.getByRole("heading", { level: 1, name: "章旭升" })).toBeVisible();
  await expect(page.getByText("这一页没有文章。")).toBeVisible();
  await page.getByRole("link", { name: "回到第一页" }).click();
  await expect(page.getByRole("heading", { name: /相关文章/ })).toBeVisible();
  expect((await page.goto(`/officials/${name}/p/abc`))?.status()).toBe(404);
});
