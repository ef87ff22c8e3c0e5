import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { articleIdByTitle, SEED } from "../fixtures/articles";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

const PAGES = {
  list: () => "/",
  "list-filtered": () => `/?official=${encodeURIComponent("章旭升")}&topic=epidemic-control`,
  article: async (request: APIRequestContext) => `/articles/${await articleIdByTitle(request, SEED.safety)}`,
  "article-untitled-officials": async (request: APIRequestContext) => `/articles/${await articleIdByTitle(request, SEED.digital)}`,
  source: async (request: APIRequestContext) => `/articles/${await articleIdByTitle(request, SEED.safety)}/source`,
  "not-found": () => "/articles/999999",
};
type PageName = keyof typeof PAGES;

/** Loaded as a reader sees it: the list's results stream in after its heading. */
async function open(page: Page, request: APIRequestContext, name: PageName) {
  await page.goto(await PAGES[name](request));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  if (name.startsWith("list")) await expect(page.getByRole("region", { name: "文章列表" }).getByRole("article").first()).toBeVisible();
}

/** Serious and critical violations only, each as "rule: first offending element". */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(" | ")}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const name of Object.keys(PAGES) as PageName[]) {
      test(`${name}: no serious or critical axe violations`, async ({ page, request }) => {
        await open(page, request, name);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test("reading settings switched on keep the page accessible", async ({ page, request }) => {
      await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
      const settings = page.getByRole("group", { name: "阅读设置" });
      await settings.getByRole("button", { name: "大" }).click();
      await settings.getByRole("button", { name: "繁" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("群策群力 合力攻堅");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

for (const width of [375, 1280]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      for (const name of ["list", "list-filtered", "article", "article-untitled-officials", "source"] as const) {
        test(`${name}: screenshot, nothing wider than the screen`, async ({ page, request }) => {
          await open(page, request, name);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        });
      }
    });
  }
}

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the article and the list fit the narrowest supported screen", async ({ page, request }) => {
    for (const name of ["list", "article", "source"] as const) {
      await open(page, request, name);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(360);
    }
  });
});

test("the article is usable from the keyboard, with visible focus", async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到正文" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // Tab on to the first link in the article's byline: focus is drawn, not just announced.
  let focusedName = "";
  for (let step = 0; step < 40 && focusedName !== "陈晓苏"; step += 1) {
    await page.keyboard.press("Tab");
    focusedName = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  }
  expect(focusedName).toBe("陈晓苏");
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/reporters\//);
});
