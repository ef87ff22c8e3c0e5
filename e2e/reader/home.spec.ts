import { expect, test } from "@playwright/test";

test("the home page lists the seeded articles newest first", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/永康日报/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  const headlines = page.getByRole("article").getByRole("heading", { level: 2 });
  await expect(headlines.first()).toBeVisible();
  // The newest seed page is 2023-04-21: its photo caption comes first, then its two news articles.
  await expect(page.getByRole("heading", { name: "坚持创新突破 聚力提质增效" })).toBeVisible();
  const dates = await page.getByRole("article").locator("time").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThanOrEqual(14);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates[0]).toBe("2023-04-21");
});

test("health reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
