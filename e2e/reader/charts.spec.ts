import { expect, test, type Locator, type Page } from "@playwright/test";
import { checkAtScreenWidth, SCREEN_WIDTHS } from "../fixtures/reader-checks";

const official = (name: string) => `/officials/${encodeURIComponent(name)}`;

/** The rows of a chart's "查看数据" table as [period, count] pairs, after opening it. */
async function chartTable(section: Locator): Promise<{ rows: [string, number][]; total: number }> {
  await section.getByText("查看数据").click();
  const table = section.getByRole("table");
  await expect(table).toBeVisible();
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")?.textContent ?? "", Number(tr.querySelector("td")?.textContent)] as [string, number]));
  const total = Number(await table.locator("tfoot td").textContent());
  return { rows, total };
}

const chartSection = (page: Page) => page.getByRole("region", { name: "见报篇数" });

test("an official's chart has a bar per month of their time in the paper, zero months included, matching its table", async ({ page }) => {
  await page.goto(official("章旭升"));
  const section = chartSection(page);
  await expect(section.getByRole("img", { name: /按月统计/ })).toHaveAccessibleName("章旭升按月统计的文章数：2020年12月至2023年4月共 10 篇，最多的是2020年12月（2 篇）。");

  const { rows, total } = await chartTable(section);
  expect(rows).toHaveLength(29); // December 2020 to April 2023
  expect(rows.filter(([, count]) => count > 0)).toEqual([
    ["2020年12月", 2],
    ["2021年9月", 2],
    ["2022年1月", 2],
    ["2022年8月", 2],
    ["2023年4月", 2],
  ]);
  expect(rows[1]).toEqual(["2021年1月", 0]);
  expect(total).toBe(10);
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("见报 10 篇");

  // One link per non-empty bar, over the picture, each opening the list of that month.
  const bars = section.getByRole("link", { name: /^\d{4}年\d{1,2}月：\d+ 篇$/ });
  await expect(bars).toHaveText(rows.filter(([, count]) => count > 0).map(([label, count]) => `${label}：${count} 篇`));
  await bars.filter({ hasText: "2022年8月" }).click();
  await expect(page).toHaveURL(/\/\?official=%E7%AB%A0%E6%97%AD%E5%8D%87&year=2022&month=8$/);
  await expect(page.getByText(/符合条件的文章\s*2\s*篇/)).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(2);
});

test("the chart and its table are there without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(official("胡勇春"));
  const section = chartSection(page);
  const chart = section.getByRole("img", { name: /按月统计/ });
  await expect(chart).toHaveAccessibleName(/胡勇春按月统计的文章数：2022年1月至2023年4月共 5 篇/);
  await expect(chart.locator("rect")).toHaveCount(16); // January 2022 to April 2023
  const { rows, total } = await chartTable(section);
  expect(rows.filter(([, count]) => count > 0)).toEqual([
    ["2022年1月", 2],
    ["2022年8月", 1],
    ["2023年4月", 2],
  ]);
  expect(total).toBe(5);
  await context.close();
});

test("the co-appearance network links every official in it, sized like the table's counts, national leaders left out", async ({ page }) => {
  await page.goto(official("章旭升"));
  const section = page.getByRole("region", { name: "同版出现的领导" });
  const network = section.getByRole("group", { name: /^与章旭升共同出现的 15 位领导/ });
  const nodes = network.getByRole("link");
  await expect(nodes).toHaveCount(16);
  await expect(network.getByRole("link", { name: "章旭升" })).toHaveAttribute("aria-current", "page");
  await expect(network.getByRole("link", { name: "习近平" })).toHaveCount(0);

  const tableNames = await section.getByRole("table").getByRole("rowheader").allTextContents();
  expect(tableNames).toHaveLength(15);
  const nodeNames = await nodes.allTextContents();
  expect(nodeNames.slice(1).sort()).toEqual([...tableNames].sort());
  await expect(section.getByRole("table").getByRole("row", { name: /胡勇春/ })).toContainText("5 篇");

  // The node of the official sharing most articles is drawn larger than the one sharing fewest.
  const radius = (name: string) => network.getByRole("link", { name, exact: true }).locator("circle").first().getAttribute("r").then(Number);
  expect(await radius(tableNames[0]!)).toBeGreaterThan(await radius(tableNames.at(-1)!));

  await network.getByRole("link", { name: "胡勇春" }).click();
  await expect(page).toHaveURL(/\/officials\/%E8%83%A1%E5%8B%87%E6%98%A5$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("胡勇春");
  await expect(page.getByRole("region", { name: "同版出现的领导" }).getByRole("group").getByRole("link", { name: "章旭升" })).toBeVisible();
});

test("reporter and topic pages chart their articles per month too", async ({ page }) => {
  await page.goto(`/reporters/${encodeURIComponent("陈晓苏")}`);
  const { rows, total } = await chartTable(chartSection(page));
  expect(rows.filter(([, count]) => count > 0)).toEqual([
    ["2020年12月", 2],
    ["2021年9月", 2],
    ["2022年1月", 1],
    ["2022年8月", 2],
    ["2023年4月", 2],
  ]);
  expect(total).toBe(9);
  await expect(page.getByText(/见报\s*9\s*篇/)).toBeVisible();

  await page.goto("/topics");
  const topics = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link");
  // The seed pages always yield topics: none would be a regression, not a reason to skip.
  await expect(topics.first()).toBeVisible();
  await topics.first().click();
  const articleCount = Number(await page.getByRole("main").getByText(/^共 \d+ 篇/).locator("strong").textContent());
  const topic = await chartTable(chartSection(page));
  expect(topic.total).toBe(articleCount);
  expect(topic.rows.reduce((sum, [, count]) => sum + count, 0)).toBe(articleCount);
});

for (const [name, url] of [
  ["official", official("章旭升")],
  ["reporter", `/reporters/${encodeURIComponent("陈晓苏")}`],
]) {
  for (const width of SCREEN_WIDTHS) {
    test(`the ${name} page passes axe-core at ${width} px`, async ({ page }) => {
      test.slow(); // axe-core walks every element of the page; slow on a busy 2-core machine
      await checkAtScreenWidth(page, { url: url!, name: name!, width });
    });
  }
}
