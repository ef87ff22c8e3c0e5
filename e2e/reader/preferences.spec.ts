import { expect, test, type Page } from "@playwright/test";
import { articleIdByTitle, SEED } from "../fixtures/articles";

const settings = (page: Page) => page.getByRole("group", { name: "阅读设置" });
const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test("繁 converts the article to traditional characters in place, remembers it, and 简 restores the printed text", async ({ page, request }) => {
  const id = await articleIdByTitle(request, SEED.safety);
  await page.goto(`/articles/${id}`);
  const title = page.getByRole("heading", { level: 1 });
  const original = await page.locator("main").innerText();

  await settings(page).getByRole("button", { name: "繁" }).click();
  await expect(title).toHaveText("群策群力 合力攻堅");
  await expect(page.getByText(/^8月2日下午，我市召開除險保安百日攻堅行動工作推進會/)).toBeVisible();
  await expect(page.getByRole("region", { name: "文中領導" })).toBeVisible();
  await expect(settings(page).getByRole("button", { name: "繁" })).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(title).toHaveText("群策群力 合力攻堅");
  // Pages reached by client-side navigation are converted too.
  await page.getByRole("navigation", { name: "上一篇和下一篇" }).getByRole("link", { name: /下一篇/ }).click();
  await expect(title).toHaveText("雙向奔赴 收穫幸福");
  await page.goBack();
  await expect(title).toHaveText("群策群力 合力攻堅");

  await settings(page).getByRole("button", { name: "简" }).click();
  await expect(title).toHaveText(SEED.safety);
  expect(await page.locator("main").innerText()).toBe(original);
  await page.reload();
  await expect(title).toHaveText(SEED.safety);
});

test("OpenCC's tables load only when 繁 is chosen", async ({ page }) => {
  const requested: string[] = [];
  const sizes = new Map<string, number>();
  page.on("request", (request) => {
    if (request.resourceType() === "script") requested.push(request.url());
  });
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") sizes.set(response.url(), (await response.body()).length);
  });
  // Every script of the first load has been requested by the load event.
  await page.goto("/", { waitUntil: "load" });
  await expect(page.getByRole("region", { name: "文章列表" }).getByRole("article").first()).toBeVisible();
  const firstLoad = new Set(requested);
  await expect.poll(() => [...firstLoad].every((url) => sizes.has(url))).toBe(true);
  expect([...firstLoad].map((url) => sizes.get(url)!).every((bytes) => bytes < 500_000)).toBe(true);

  await settings(page).getByRole("button", { name: "繁" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("頭版要聞");
  await expect.poll(() => [...sizes].some(([url, bytes]) => bytes > 500_000 && !firstLoad.has(url))).toBe(true);
});

test("字号 scales the text in three sizes, remembered and applied before the page paints", async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
  const sizes = settings(page).getByRole("group", { name: "字号" });
  await expect(sizes.getByRole("button", { name: "中" })).toHaveAttribute("aria-pressed", "true");
  expect(await rootFontSize(page)).toBe("16px");
  const paragraph = page.getByRole("article").locator("p.indent-\\[2em\\]").first();
  const normal = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

  await sizes.getByRole("button", { name: "大" }).click();
  expect(await rootFontSize(page)).toBe("19px");
  expect(await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThan(normal);
  await expect(sizes.getByRole("button", { name: "大" })).toHaveAttribute("aria-pressed", "true");

  // The saved size is on <html> as soon as the document is parsed, before React runs.
  await page.reload({ waitUntil: "domcontentloaded" });
  expect(await page.evaluate(() => document.documentElement.getAttribute("data-font-size"))).toBe("large");
  expect(await rootFontSize(page)).toBe("19px");

  await sizes.getByRole("button", { name: "小" }).click();
  expect(await rootFontSize(page)).toBe("15px");
  await sizes.getByRole("button", { name: "中" }).click();
  expect(await rootFontSize(page)).toBe("16px");
  expect(await page.evaluate(() => localStorage.getItem("yk:font-size"))).toBeNull();
});

test("the controls work from the keyboard", async ({ page }) => {
  await page.goto("/");
  const large = settings(page).getByRole("button", { name: "大" });
  await large.focus();
  await page.keyboard.press("Enter");
  await expect(large).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Space");
  await expect(settings(page).getByRole("button", { name: "中" })).toHaveAttribute("aria-pressed", "true");
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("reader pages follow the system's dark colour scheme", async ({ page, request }) => {
    for (const path of ["/", `/articles/${await articleIdByTitle(request, SEED.safety)}`]) {
      await page.goto(path);
      // Relative luminance of the painted colours (the browser resolves Tailwind's oklch).
      const [background, heading] = await page.evaluate(() => {
        const context = document.createElement("canvas").getContext("2d")!;
        const luminance = (colour: string) => {
          context.fillStyle = colour;
          context.fillRect(0, 0, 1, 1);
          const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((value) => {
            const channel = value / 255;
            return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        return [luminance(getComputedStyle(document.body).backgroundColor), luminance(getComputedStyle(document.querySelector("h1")!).color)];
      });
      expect(background, path).toBeLessThan(0.02);
      expect(heading, path).toBeGreaterThan(0.8);
    }
  });
});
