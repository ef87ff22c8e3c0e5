import { expect, test } from "@playwright/test";
import { articleIdByTitle, SEED } from "../fixtures/articles";

test("sets the headline as the paper does: kicker small above, title large, subtitle below, then byline and date", async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
  const header = page.getByRole("article").locator("header");
  const kicker = header.getByText("章旭升在全市除险保安百日攻坚行动工作推进会上强调");
  const title = header.getByRole("heading", { level: 1, name: "群策群力 合力攻坚" });
  const subtitle = header.getByText("坚决筑牢防风险保平安护稳定的铜墙铁壁");
  const [kickerBox, titleBox, subtitleBox] = await Promise.all([kicker.boundingBox(), title.boundingBox(), subtitle.boundingBox()]);
  expect(kickerBox!.y + kickerBox!.height).toBeLessThanOrEqual(titleBox!.y);
  expect(titleBox!.y + titleBox!.height).toBeLessThanOrEqual(subtitleBox!.y);

  const fontSize = (locator: typeof title) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const [kickerSize, titleSize, subtitleSize] = await Promise.all([fontSize(kicker), fontSize(title), fontSize(subtitle)]);
  expect(titleSize).toBeGreaterThan(subtitleSize * 1.3);
  expect(titleSize).toBeGreaterThan(kickerSize * 1.5);

  await expect(header.locator("time")).toHaveText("2022年8月2日");
  await expect(header.getByRole("link", { name: "陈晓苏" })).toHaveAttribute("href", `/reporters/${encodeURIComponent("陈晓苏")}`);
});

test("sets paragraphs with a two-character first-line indent and a comfortable line height", async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
  const paragraph = page.getByRole("article").getByText(/^8月2日下午，我市召开除险保安百日攻坚行动工作推进会/);
  const style = await paragraph.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { indent: parseFloat(computed.textIndent), size: parseFloat(computed.fontSize), lineHeight: parseFloat(computed.lineHeight) };
  });
  expect(style.indent).toBeCloseTo(style.size * 2, 0);
  expect(style.lineHeight / style.size).toBeGreaterThanOrEqual(1.75);
});

test("names officials with their titles, borrowing those of the nearest dated article when this one prints none", async ({ page, request }) => {
  const safety = await articleIdByTitle(request, SEED.safety);
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.digital)}`);
  const officials = page.getByRole("region", { name: "文中领导" });
  await expect(officials.getByRole("listitem").filter({ hasText: "朱重烈" })).toContainText("金华市委书记");
  const zhang = officials.getByRole("listitem").filter({ hasText: "章旭升" });
  await expect(zhang).toContainText("市委书记（本文未注职务，据 2022年8月2日报道）");
  await zhang.getByRole("link", { name: "2022年8月2日报道" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${safety}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED.safety);
});

test("links officials and topics into the list's filters", async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.epidemic)}`);
  await page.getByRole("region", { name: "主题" }).getByRole("link", { name: "疫情防控" }).click();
  await expect(page).toHaveURL(/\/\?topic=epidemic-control$/);
  const list = page.getByRole("region", { name: "文章列表" });
  await expect(list.getByRole("article")).toHaveCount(2);
  await expect(list.getByRole("link", { name: SEED.epidemic })).toBeVisible();

  await page.goBack();
  const zhang = page.getByRole("region", { name: "文中领导" }).getByRole("listitem").filter({ hasText: "章旭升" });
  await expect(zhang.getByRole("link", { name: "相关文章" })).toHaveAccessibleDescription("章旭升");
  await zhang.getByRole("link", { name: "相关文章" }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?official=${encodeURIComponent("章旭升")}$`));
  await expect(page.getByText("符合条件的文章")).toBeVisible();
});

test("goes to the older article with 上一篇 and the newer one with 下一篇, in page order within a day", async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
  const neighbours = page.getByRole("navigation", { name: "上一篇和下一篇" });
  await expect(neighbours.getByRole("link", { name: /上一篇/ })).toContainText(`2022年8月1日${SEED.digital}`);
  await expect(neighbours.getByRole("link", { name: /下一篇/ })).toContainText(`2022年8月2日${SEED.commentary}`);

  await neighbours.getByRole("link", { name: /下一篇/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED.commentary);
  await page.getByRole("navigation", { name: "上一篇和下一篇" }).getByRole("link", { name: /上一篇/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED.safety);

  await page.goto(`/articles/${await articleIdByTitle(request, SEED.newest)}`);
  await expect(page.getByRole("navigation", { name: "上一篇和下一篇" })).toContainText("下一篇：这是档案中最新的一篇");
});

test("lists related articles by shared officials and topics, saying what they share", async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.epidemic)}`);
  const related = page.getByRole("region", { name: "相关文章" }).getByRole("listitem");
  await expect(related).toHaveCount(5);
  await expect(related.first()).toContainText("全面起势 全力突破");
  await expect(related.first()).toContainText("同提及 章旭升、胡勇春、陈建勋、童国华、俞兰、施礼干、吴东明");
  await expect(related.filter({ hasText: SEED.epidemicEarlier })).toContainText("同属 疫情防控");
  await expect(related.filter({ hasText: SEED.epidemic })).toHaveCount(0);
});

test("copies the citation line and says so", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
  const citation = page.getByRole("region", { name: "引用本文" });
  await expect(citation).toContainText("陈晓苏：《群策群力 合力攻坚》，《永康日报》2022年8月2日。");
  await citation.getByRole("button", { name: "复制引用" }).click();
  await expect(citation.getByRole("status")).toHaveText("已复制");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("陈晓苏：《群策群力 合力攻坚》，《永康日报》2022年8月2日。");
});

test("cites the issue's date for an article dated the day before", async ({ page, request }) => {
  await page.goto(`/articles/${await articleIdByTitle(request, SEED.digital)}`);
  await expect(page.getByRole("region", { name: "引用本文" })).toContainText("楼盼、陈晓苏：《着力数字赋能 推动共富先行》，《永康日报》2022年8月2日。");
});

test("shows 原文: the raw OCR page with this article's span highlighted, as text", async ({ page, request }) => {
  const id = await articleIdByTitle(request, SEED.commentary);
  await page.goto(`/articles/${id}`);
  await page.getByRole("link", { name: "原文" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}/source#article-span$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`原文：${SEED.commentary}`);
  const mark = page.locator("mark#article-span");
  await expect(mark).toContainText("双向奔赴");
  await expect(mark).not.toContainText("群策群力");
  await expect(mark).toBeInViewport();
  // The rest of the page is there too, unhighlighted.
  await expect(page.locator("pre")).toContainText("群策群力 合力攻坚");
  expect(await mark.locator("*").count()).toBe(0);
  await page.getByRole("link", { name: `← 返回《${SEED.commentary}》` }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));
});

test("is a 404 with a way back for a missing article or its missing source", async ({ page }) => {
  for (const [path, heading] of [
    ["/articles/999999", "找不到这篇文章"],
    ["/articles/0", "找不到这篇文章"],
    ["/articles/999999/source", "找不到这篇文章的原文"],
  ]) {
    const response = await page.goto(path!);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading!);
    await expect(page.getByRole("link", { name: "按领导浏览" })).toHaveAttribute("href", "/officials");
  }
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
  await page.getByRole("link", { name: "返回文章列表" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("头版要闻");
});

test("prints the article with its citation and URL, without the site's header, navigation or buttons", async ({ page, request, baseURL }) => {
  const id = await articleIdByTitle(request, SEED.safety);
  await page.goto(`/articles/${id}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "上一篇和下一篇" })).toBeHidden();
  await expect(page.getByRole("button", { name: "复制引用" })).toBeHidden();
  await expect(page.getByRole("region", { name: "相关文章" })).toBeHidden();
  const citation = page.getByRole("region", { name: "引用本文" });
  await expect(citation).toContainText("《永康日报》2022年8月2日");
  await expect(citation.getByText(`链接：${baseURL}/articles/${id}`)).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article, its citation and links all work; controls that need scripts are hidden", async ({ page, request }) => {
    await page.goto(`/articles/${await articleIdByTitle(request, SEED.safety)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED.safety);
    await expect(page.getByRole("region", { name: "引用本文" })).toContainText("《永康日报》2022年8月2日");
    await expect(page.getByRole("button", { name: "复制引用" })).toBeHidden();
    await expect(page.getByRole("group", { name: "阅读设置" })).toBeHidden();
    await page.getByRole("navigation", { name: "上一篇和下一篇" }).getByRole("link", { name: /下一篇/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED.commentary);
  });
});
