// The editor's whole round trip: paste a page, fix a headline, publish, find it as a reader (list
// and search), edit again, restore the first version; meanwhile a second editor's stale save is
// refused and loses nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { signIn } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-test";

const SEED_PAGE = path.resolve(import.meta.dirname, "../../seeds/pages/002_6ac7b1a4b5ec4ac0.txt");
/** Rare characters: a headline made of them is found by search and by nothing else. */
const RARE = "鹂鹈鸾麒麟貔貅饕餮魑魅魍魉夔犼狻猊";

function rareHeadline(): string {
  const pick = () => RARE[Math.floor(Math.random() * RARE.length)] as string;
  return `${pick()}${pick()}${pick()}${pick()}新闻标题`;
}

test("paste, fix, publish, read, search, edit, restore — and a stale save loses nothing", async ({ browser, page, data }) => {
  test.slow(); // the whole round trip, two browsers and two sign-ins
  // The page's datelines say 8月2日 and 8月1日: a year of its own keeps other specs' pages apart.
  const year = 1970 + Math.floor(Math.random() * 10);
  const date = `${year}-08-02`;
  const editor = await data.createUser();
  await signIn(page, editor);

  await page.goto("/admin/import");
  await page.getByLabel("版面日期").fill(date);
  await page.getByLabel("粘贴版面文字（OCR）").fill(readFileSync(SEED_PAGE, "utf8"));
  await page.getByRole("button", { name: "解析" }).click();
  const review = page.getByRole("region", { name: "解析结果" });
  await expect(review).toContainText("识别出 3 篇");
  const fixed = rareHeadline();
  await review.getByRole("article", { name: "第 1 篇" }).getByLabel("标题", { exact: true }).fill(fixed);
  await review.getByRole("button", { name: "全部发布" }).click();
  await review.getByRole("button", { name: "导入（发布 3 篇）" }).click();
  await expect(review.getByRole("status")).toHaveText("版面已导入");
  await expect(review.getByRole("list", { name: "已导入的文章" }).getByRole("listitem").first()).toContainText(fixed);

  // As a reader: the page's date in the list, and the corrected headline in search.
  await page.goto(`/?from=${year}-08-01&to=${date}`);
  await expect(page.getByRole("article")).toHaveCount(3);
  await expect(page.getByRole("heading", { name: fixed })).toBeVisible();
  await page.goto(`/?q=${encodeURIComponent(fixed.slice(0, 4))}`);
  await expect(page.getByRole("article")).toHaveCount(1);
  await page.getByRole("link", { name: fixed }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixed);
  const id = Number(/\/articles\/(\d+)/.exec(page.url())?.[1]);

  // A second editor opens the same version before the first one edits it.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, await data.createUser());
  await other.goto(`/admin/articles/${id}`);

  await page.goto(`/admin/articles/${id}`);
  const edited = `${fixed}（再改）`;
  await page.getByLabel("标题", { exact: true }).fill(edited);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toHaveText("已保存（第 2 版）");
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);
  // The search results page seen above was cached: the edit shows there at once too.
  await page.goto(`/?q=${encodeURIComponent(fixed.slice(0, 4))}`);
  await expect(page.getByRole("heading", { name: edited })).toBeVisible();

  const theirs = "第二位编辑改写的正文，不能丢失。";
  await other.getByLabel("正文").fill(theirs);
  await other.getByRole("button", { name: "保存", exact: true }).click();
  await expect(other.getByRole("alert").filter({ hasText: "已被他人修改" })).toBeVisible();
  await expect(other.getByRole("region", { name: /版本冲突/ }).getByRole("row", { name: /标题/ })).toContainText(edited);
  await expect(other.getByLabel("正文")).toHaveValue(theirs);
  await otherContext.close();

  await page.goto(`/admin/articles/${id}/history`);
  const versions = page.getByRole("list", { name: "版本列表" }).getByRole("heading", { level: 2 });
  await expect(versions).toHaveCount(2);
  await page.getByRole("button", { name: "恢复第 1 版" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已恢复" })).toHaveText("已恢复第 1 版的内容，保存为第 3 版");
  await expect(versions).toHaveCount(3);

  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixed);
  await page.goto(`/?q=${encodeURIComponent(fixed.slice(0, 4))}`);
  await expect(page.getByRole("heading", { name: fixed })).toBeVisible();
});
