// Script, image-handler and javascript: payloads in every field an editor can set — article
// text, reporters, officials' names and titles, topic names, descriptions and keywords, a
// pasted page — stay text on every reader and admin page that shows them. Each page check
// fails if a dialog opens or the DOM gains a script, a handler or a javascript: link.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectNoInjectedMarkup, signIn, watchDialogs } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-test";
import { randomOldDate, uniqueSuffix } from "../fixtures/database";
import { nameOfficial, query, rareName } from "./support/people";

const SCRIPT = "<script>alert(1)</script>";
const IMAGE = "<img src=x onerror=alert(1)>";
const LINK = "javascript:alert(1)";
/** No spaces (name lists split at them) and short enough for a reporter's name or a title. */
const SVG = "<svg/onload=alert(1)>";
const SHORT_REPORTERS = ["<script>alert(1)", LINK, "<svg/onload=alert(1)"];
const FIXTURE_PAGE = path.resolve(import.meta.dirname, "../../lib/ingest/__fixtures__/page-2022-03-06.txt");

/** Opens the page and checks it; `shows` is text the page must display (so the field was really rendered). */
async function expectInert(page: Page, url: string, shows: (string | RegExp)[] = []): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  for (const text of shows) await expect(page.getByText(text).first(), `${url} shows ${text}`).toBeAttached();
  await expectNoInjectedMarkup(page);
}

test("article fields and reporters with payloads stay text on the reader list, search, article, reporter and official pages and in the admin", async ({ page, data, adminServer }) => {
  const dialogs = await watchDialogs(page);
  const suffix = uniqueSuffix();
  const date = randomOldDate();
  const id = await data.createArticle({ title: `测试文章-${suffix}`, date });
  const official = rareName();
  await nameOfficial(adminServer.databaseUrl, { articleId: id, name: official, titles: ["市长"] });
  await signIn(page, await data.createUser("admin"));

  await page.goto(`/admin/articles/${id}`);
  const title = `${SCRIPT}标题${suffix}`;
  await page.getByLabel("引题").fill(LINK);
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("副题").fill(IMAGE);
  await page.getByLabel("记者").fill(SHORT_REPORTERS.join("、"));
  await page.getByLabel("正文").fill([SCRIPT, IMAGE, LINK, SVG, `检索词 xss${suffix} 在此。`].join("\n"));
  // A payload as an official's name is refused, and the refusal is inert too.
  await page.getByLabel("添加领导姓名").fill(SCRIPT);
  await page.getByRole("button", { name: "添加", exact: true }).click();
  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByText("领导姓名应为 2–6 个汉字")).toBeVisible();
  await expectNoInjectedMarkup(page);
  await page.getByRole("button", { name: `移除 ${SCRIPT}` }).click();
  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toContainText("已保存并发布");
  await expectNoInjectedMarkup(page);

  await expectInert(page, `/?from=${date}&to=${date}`, [title, IMAGE, LINK, SHORT_REPORTERS[0]!]);
  await expectInert(page, `/?q=xss${suffix}`, [title]);
  await expectInert(page, `/articles/${id}`, [title, IMAGE, SVG, SHORT_REPORTERS[2]!]);
  for (const reporter of SHORT_REPORTERS) await expectInert(page, `/reporters/${encodeURIComponent(reporter)}`, [reporter, title]);
  await expectInert(page, `/officials/${encodeURIComponent(official)}`, [official, title]);
  await expectInert(page, `/admin?q=${encodeURIComponent(suffix)}`, [title]);
  await expectInert(page, `/admin/articles/${id}`);
  await expect(page.getByLabel("副题")).toHaveValue(IMAGE);
  await expectInert(page, `/admin/articles/${id}/history`, [title, SHORT_REPORTERS.join("、")]);
  await expectInert(page, "/admin/audit", ["发布文章"]);
  expect(dialogs).toEqual([]);
});

test("officials' names and titles with payloads are refused or stay text, in the officials admin and on reader pages", async ({ page, data, adminServer }) => {
  const dialogs = await watchDialogs(page);
  const title = `测试文章-${uniqueSuffix()}`;
  const id = await data.createArticle({ title, status: "published" });
  const official = rareName();
  const personId = await nameOfficial(adminServer.databaseUrl, { articleId: id, name: official, titles: ["市长"] });
  await signIn(page, await data.createUser("admin"));

  await page.goto(`/admin/officials/${personId}`);
  const rename = page.getByRole("form", { name: "改名" });
  await rename.getByLabel("正确的姓名").fill(IMAGE);
  await rename.getByRole("button", { name: "改名" }).click();
  await expect(rename.getByText("领导姓名应为 2–6 个汉字")).toBeVisible();
  await expect(rename.getByLabel("正确的姓名")).toHaveValue(IMAGE);
  await expectNoInjectedMarkup(page);
  const merge = page.getByRole("form", { name: "合并" });
  await merge.getByLabel(`把「${official}」并入`).fill(SCRIPT);
  await merge.getByLabel("我确认这是同一个人").check();
  await merge.getByRole("button", { name: "合并" }).click();
  await expect(merge.getByText("领导姓名应为 2–6 个汉字")).toBeVisible();
  await expectNoInjectedMarkup(page);

  // Titles take any printed text: a payload is stored, and shown as text.
  const titles = page.getByLabel(`职务：${title}`);
  await titles.fill(`${SVG}、${LINK}`);
  await page.getByRole("button", { name: "保存职务" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await expectNoInjectedMarkup(page);

  await expectInert(page, `/admin/officials/${personId}`, [`${SVG}（1 篇）`]);
  await expectInert(page, `/admin/officials?q=${encodeURIComponent(official)}`, [official]);
  await expectInert(page, `/officials/${encodeURIComponent(official)}`, [`${SVG}、${LINK}`]);
  await expectInert(page, "/officials", [official]);
  await expectInert(page, `/articles/${id}`, [official]);
  await expectInert(page, "/admin/audit", ["修改文章中的职务", new RegExp(SVG.replace(/[()]/g, "\\$&"))]);
  const stored = await query<{ titles: string[] }>(adminServer.databaseUrl, "SELECT titles FROM article_officials WHERE person_id = $1", [personId]);
  expect(stored).toEqual([{ titles: [SVG, LINK] }]);
  expect(dialogs).toEqual([]);
});

test("a topic's name, description and keywords with payloads stay text in the topics admin, the article form and reader pages", async ({ page, data }) => {
  const dialogs = await watchDialogs(page);
  const title = `测试文章-${uniqueSuffix()}`;
  const date = randomOldDate();
  const id = await data.createArticle({ title, date });
  await signIn(page, await data.createUser("admin"));

  await page.goto("/admin/topics/culture");
  const form = page.getByRole("form", { name: "编辑主题" });
  await form.getByLabel("名称").fill(IMAGE);
  await form.getByLabel("说明").fill(`${SCRIPT} ${LINK}`);
  await form.getByLabel("第 1 行关键词").fill(SCRIPT);
  await form.getByLabel("第 2 行关键词").fill(LINK);
  await form.getByRole("button", { name: "预览影响" }).click();
  await expect(form.getByRole("region", { name: "规则预览" })).toBeVisible();
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await expectNoInjectedMarkup(page);

  await expectInert(page, "/admin/topics", [IMAGE, `${SCRIPT} ${LINK}`]);
  await expectInert(page, "/admin/topics/culture");
  await expect(form.getByLabel("第 1 行关键词")).toHaveValue(SCRIPT);

  // The topic, chosen in the article form by its payload name, then seen by readers.
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("checkbox", { name: IMAGE }).check();
  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toContainText("已保存并发布");
  await expectNoInjectedMarkup(page);
  await expectInert(page, `/articles/${id}`, [IMAGE]);
  await expectInert(page, "/topics", [IMAGE, `${SCRIPT} ${LINK}`]);
  await expectInert(page, "/topics/culture", [IMAGE, SCRIPT, LINK, title]);
  await expectInert(page, `/?topic=culture&from=${date}&to=${date}`, [IMAGE, title]);
  await expectInert(page, "/admin/audit", ["修改主题规则"]);
  expect(dialogs).toEqual([]);
});

test("a pasted page with payloads stays text in the import review and once imported", async ({ page, data }) => {
  const dialogs = await watchDialogs(page);
  const suffix = uniqueSuffix();
  const raw = readFileSync(FIXTURE_PAGE, "utf8")
    .replace("100 万亩，", `100 万亩，${SCRIPT}${IMAGE}`)
    .replace("成果。", `成果${LINK}，编号 xss${suffix}。`)
    .replace("我市启动春季植树造林活动", `我市启动春季植树造林活动${SVG}`);
  await signIn(page, await data.createUser());
  await page.goto("/admin/import");
  await page.getByLabel("版面日期").fill(randomOldDate());
  await page.getByLabel("粘贴版面文字（OCR）").fill(raw);
  await page.getByRole("button", { name: "解析" }).click();
  const review = page.getByRole("region", { name: "解析结果" });
  await expect(review).toContainText("识别出 2 篇");
  await expect(review.getByLabel("原始版面文字")).toContainText(`${SCRIPT}${IMAGE}`);
  await expect(review.getByLabel("原始版面文字")).toContainText(SVG);
  await expectNoInjectedMarkup(page);

  await review.getByRole("button", { name: "导入（发布 2 篇）" }).click();
  await expect(review.getByRole("status")).toHaveText("版面已导入");
  await expectNoInjectedMarkup(page);
  await review.getByRole("list", { name: "已导入的文章" }).getByRole("link").last().click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByLabel("正文")).toHaveValue(new RegExp(`xss${suffix}`));
  await expectNoInjectedMarkup(page);
  const id = /\/admin\/articles\/(\d+)$/.exec(page.url())?.[1];
  // The cleaner makes ASCII punctuation next to Chinese full-width: alert(1）.
  await expectInert(page, `/articles/${id}`, [`成果javascript:alert(1）`, SVG]);
  await expectInert(page, `/?q=xss${suffix}`, [/我市启动春季植树造林活动|全民植绿添新景/]);
  expect(dialogs).toEqual([]);
});
