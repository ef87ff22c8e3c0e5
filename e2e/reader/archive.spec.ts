import { expect, test } from "@playwright/test";
import { checkAtScreenWidth, SCREEN_WIDTHS } from "../fixtures/reader-checks";

// The seed pages, by issue date (the page's date; some articles carry the day before as their own).
const SEED_ISSUES = [
  { date: "2020-12-23", year: 2020, month: 12, day: 23, articles: 3 },
  { date: "2021-09-22", year: 2021, month: 9, day: 22, articles: 3 },
  { date: "2022-01-11", year: 2022, month: 1, day: 11, articles: 2 },
  { date: "2022-08-02", year: 2022, month: 8, day: 2, articles: 3 },
  { date: "2023-04-21", year: 2023, month: 4, day: 21, articles: 3 },
];

test("the archive overview counts each seed month and leads to its calendar", async ({ page }) => {
  await page.goto("/archive");
  await expect(page.getByRole("heading", { level: 1, name: "按日期浏览" })).toBeVisible();
  for (const issue of SEED_ISSUES) {
    const year = page.getByRole("region", { name: new RegExp(`^${issue.year}年`) });
    await expect(year.getByRole("link", { name: `${issue.month}月 ${issue.articles} 篇`, exact: true })).toBeVisible();
  }
  const year2022 = page.getByRole("region", { name: /^2022年/ });
  await expect(year2022.getByRole("heading", { level: 2 })).toContainText("5 篇 · 2 期");
  await expect(year2022.getByRole("link", { name: /^\d+月 \d+ 篇$/ })).toHaveCount(2);
  await expect(year2022.getByRole("listitem").filter({ hasText: "3月" })).toContainText("没有文章");

  await year2022.getByRole("link", { name: "8月 3 篇" }).click();
  await expect(page).toHaveURL(/\/archive\/2022\/08$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022年8月");
});

test("a year shows twelve month calendars with a link and count on each issue date", async ({ page }) => {
  await page.goto("/archive/2022");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022年");
  await expect(page.getByRole("table")).toHaveCount(12);
  const issueLinks = page.getByRole("main").getByRole("link", { name: /^\d+月\d+日，\d+ 篇$/ });
  await expect(issueLinks).toHaveCount(2);
  await expect(page.getByRole("link", { name: "1月11日，2 篇" })).toHaveAttribute("href", "/archive/2022/01/11");
  await expect(page.getByRole("link", { name: "8月2日，3 篇" })).toHaveAttribute("href", "/archive/2022/08/02");
  await expect(page.getByRole("region", { name: /^8月/ }).getByRole("heading")).toContainText("3 篇");

  const years = page.getByRole("navigation", { name: "相邻年份" });
  await years.getByRole("link", { name: /2021年/ }).click();
  await expect(page).toHaveURL(/\/archive\/2021$/);
  await expect(page.getByRole("link", { name: "9月22日，3 篇" })).toBeVisible();
});

test("a month grid starts on Monday, puts each date under its weekday and lists the month's issues", async ({ page }) => {
  await page.goto("/archive/2020/12");
  const grid = page.getByRole("table");
  await expect(grid.getByRole("columnheader")).toHaveText(["周一", "周二", "周三", "周四", "周五", "周六", "周日"]);
  // 1 December 2020 was a Tuesday, the 23rd a Wednesday.
  await expect(grid.getByRole("row").nth(1).getByRole("cell").nth(1)).toHaveText("1");
  const week = grid.getByRole("row").filter({ has: page.getByRole("link", { name: "12月23日，3 篇" }) });
  await expect(week.getByRole("cell")).toHaveText(["21", "22", /^23\s*3 篇$/, "24", "25", "26", "27"]);
  await expect(week.getByRole("cell").nth(2).getByRole("link")).toHaveAccessibleName("12月23日，3 篇");
  await expect(grid.getByRole("link")).toHaveCount(1);

  const issues = page.getByRole("region", { name: "本月各期" });
  await expect(issues.getByRole("listitem")).toHaveCount(1);
  await expect(issues.getByRole("listitem")).toContainText("2020年12月23日");
  await expect(issues.getByRole("listitem")).toContainText("星期三");
  await expect(issues.getByRole("listitem")).toContainText("3 篇");

  await grid.getByRole("link", { name: "12月23日，3 篇" }).click();
  await expect(page).toHaveURL(/\/archive\/2020\/12\/23$/);
});

test("an issue lists its articles in page order and steps to the neighbouring issues across years", async ({ page }) => {
  await page.goto("/archive/2022/08/02");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/2022年8月2日\s*星期二/);
  await expect(page.getByRole("main").getByRole("article").getByRole("heading", { level: 2 })).toHaveText(["群策群力 合力攻坚", "着力数字赋能 推动共富先行", "双向奔赴 收获幸福"]);
  // Printed on 2 August, the report of 1 August's visit keeps its own date.
  await expect(page.getByRole("article").nth(1).locator("time")).toHaveAttribute("datetime", "2022-08-01");

  const nav = page.getByRole("navigation", { name: "相邻各期", exact: true });
  await expect(nav.getByRole("link", { name: /上一期/ })).toContainText("2022年1月11日");
  await nav.getByRole("link", { name: /下一期/ }).click();
  await expect(page).toHaveURL(/\/archive\/2023\/04\/21$/);
  await expect(page.getByRole("navigation", { name: "相邻各期", exact: true }).getByText("没有更新的了")).toBeVisible();

  await page.goto("/archive/2021/09/22");
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(3);
  await page.getByRole("navigation", { name: "相邻各期", exact: true }).getByRole("link", { name: /下一期/ }).click();
  await expect(page).toHaveURL(/\/archive\/2022\/01\/11$/);
  await page.getByRole("navigation", { name: "相邻各期", exact: true }).getByRole("link", { name: /上一期/ }).click();
  await expect(page).toHaveURL(/\/archive\/2021\/09\/22$/);
  await page.getByRole("navigation", { name: "相邻各期", exact: true }).getByRole("link", { name: /上一期/ }).click();
  await expect(page).toHaveURL(/\/archive\/2020\/12\/23$/);
  await expect(page.getByRole("main").getByRole("article").getByRole("heading", { level: 2 })).toHaveText([
    "拼搏实干争先进位 开创发展崭新局面",
    "拉长工业经济长板 补齐民生事业短板",
    "弘扬伟大抗疫精神 凝聚前行信心力量",
  ]);
});

test("a date without an issue says so and offers the nearest issues", async ({ page }) => {
  const response = await page.goto("/archive/2022/08/03");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("档案中没有这一天的报纸")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "相邻各期", exact: true });
  await expect(nav.getByRole("link", { name: /上一期/ })).toHaveAttribute("href", "/archive/2022/08/02");
  await expect(nav.getByRole("link", { name: /下一期/ })).toHaveAttribute("href", "/archive/2023/04/21");

  await page.goto("/archive/2022/03");
  await expect(page.getByText("这个月档案中没有已发布的文章")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "相邻月份" }).getByRole("link", { name: /下一个有文章的月份/ })).toHaveAttribute("href", "/archive/2022/08");
});

test("invalid or impossible dates are a 404 that explains the URL, one-digit months redirect", async ({ page }) => {
  for (const path of ["/archive/abc", "/archive/1899", "/archive/2022/13", "/archive/2022/00", "/archive/2023/02/29", "/archive/2022/09/31", "/archive/2022/08/x"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "没有这个日期" })).toBeVisible();
  }
  await page.getByRole("link", { name: "按日期浏览全部报纸" }).click();
  await expect(page).toHaveURL(/\/archive$/);

  expect((await page.goto("/archive/2024/02/29"))?.status()).toBe(200);
  await page.goto("/archive/2022/8/2");
  await expect(page).toHaveURL(/\/archive\/2022\/08\/02$/);
});

for (const [name, url] of [
  ["archive", "/archive"],
  ["archive-year", "/archive/2022"],
  ["archive-month", "/archive/2022/08"],
  ["archive-day", "/archive/2022/08/02"],
]) {
  for (const width of SCREEN_WIDTHS) {
    test(`${url} passes axe-core at ${width} px`, async ({ page }) => {
      test.slow(); // axe-core walks every element (twelve calendars on a year page); slow on a busy 2-core machine
      await checkAtScreenWidth(page, { url: url!, name: name!, width });
    });
  }
}
