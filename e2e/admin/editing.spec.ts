import { signIn } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-test";
import { uniqueSuffix } from "../fixtures/database";

test("an editor edits and publishes, edits again, and restores the first edit from history", async ({ page, data }) => {
  const title = `测试文章-${uniqueSuffix()}`;
  const date = "1990-03-01";
  const id = await data.createArticle({ title, date, status: "draft" });
  await signIn(page, await data.createUser());

  await page.goto(`/admin/articles/${id}`);
  const firstEdit = `${title}（一改）`;
  await page.getByLabel("标题", { exact: true }).fill(firstEdit);
  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toHaveText("已保存并发布（第 2 版）");

  await page.goto(`/?from=${date}&to=${date}`);
  await expect(page.getByRole("heading", { name: firstEdit })).toBeVisible();

  await page.goto(`/admin/articles/${id}`);
  const secondEdit = `${title}（二改）`;
  await page.getByLabel("标题", { exact: true }).fill(secondEdit);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toHaveText("已保存（第 3 版）");
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(secondEdit);

  await page.goto(`/admin/articles/${id}/history`);
  const versions = page.getByRole("list", { name: "版本列表" }).getByRole("heading", { level: 2 });
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText("第 3 版");
  await expect(versions.nth(1)).toContainText("第 2 版");
  await expect(page.getByText(firstEdit).first()).toBeVisible();
  await page.getByRole("button", { name: "恢复第 2 版" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已恢复" })).toHaveText("已恢复第 2 版的内容，保存为第 4 版");
  await expect(versions).toHaveCount(4);

  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstEdit);
});

test("deleting hides an article from readers and restoring brings it back as a draft", async ({ page, data }) => {
  const title = `测试文章-${uniqueSuffix()}`;
  const id = await data.createArticle({ title, status: "published" });
  await signIn(page, await data.createUser());
  await page.goto(`/admin/articles/${id}`);
  await page.getByRole("button", { name: "删除文章" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已删除" })).toBeVisible();
  expect((await page.request.get(`/articles/${id}`)).status()).toBe(404);

  await page.getByRole("button", { name: "恢复文章" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已恢复为草稿" })).toBeVisible();
  await page.goto(`/admin?q=${encodeURIComponent(title)}&status=draft`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("a second editor saving a stale version gets the conflict and keeps their text", async ({ browser, data }) => {
  const title = `测试文章-${uniqueSuffix()}`;
  const id = await data.createArticle({ title });
  const [first, second] = [await browser.newContext(), await browser.newContext()];
  const [pageA, pageB] = [await first.newPage(), await second.newPage()];
  await signIn(pageA, await data.createUser());
  await signIn(pageB, await data.createUser());
  await pageA.goto(`/admin/articles/${id}`);
  await pageB.goto(`/admin/articles/${id}`);

  await pageA.getByLabel("标题", { exact: true }).fill(`${title}（甲）`);
  await pageA.getByRole("button", { name: "保存", exact: true }).click();
  await expect(pageA.getByRole("status").filter({ hasText: "已保存" })).toHaveText("已保存（第 2 版）");

  const mine = "乙重写的正文，不能丢。";
  await pageB.getByLabel("正文").fill(mine);
  await pageB.getByRole("button", { name: "保存", exact: true }).click();
  await expect(pageB.getByRole("alert").filter({ hasText: "已被他人修改" })).toBeVisible();
  const conflict = pageB.getByRole("region", { name: /版本冲突/ });
  await expect(conflict).toContainText("第 2 版");
  await expect(conflict.getByRole("row", { name: /标题/ })).toContainText(`${title}（甲）`);
  await expect(pageB.getByLabel("正文")).toHaveValue(mine);

  await conflict.getByRole("button", { name: /以我的内容为准/ }).click();
  await pageB.getByRole("button", { name: "保存", exact: true }).click();
  await expect(pageB.getByRole("status").filter({ hasText: "已保存" })).toHaveText("已保存（第 3 版）");
  await first.close();
  await second.close();
});

test("a new article shows each error beside its field, keeps the input, then saves as a draft", async ({ page, data }) => {
  await signIn(page, await data.createUser());
  await page.goto("/admin/articles/new");
  await page.getByLabel("日期").fill("1990-07-07");
  await page.getByLabel("引题").fill("引题保留");
  await page.getByRole("button", { name: "保存为草稿" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "请修正" })).toHaveText("请修正标出的字段");
  const title = page.getByLabel("标题", { exact: true });
  await expect(title).toHaveAttribute("aria-invalid", "true");
  const titleErrorId = (await title.getAttribute("aria-describedby"))?.split(" ").find((id) => id.endsWith("-error"));
  await expect(page.locator(`[id="${titleErrorId}"]`)).toHaveText("标题不能为空（图片新闻除外）");
  await expect(page.getByLabel("正文")).toHaveAccessibleDescription(/正文不能为空/);
  await expect(page.getByLabel("引题")).toHaveValue("引题保留");

  const headline = `测试文章-${uniqueSuffix()}`;
  await title.fill(headline);
  await page.getByLabel("正文").fill("第一段。\n第二段。");
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  await expect(page.getByRole("status").filter({ hasText: "文章已创建" })).toHaveText("文章已创建（草稿）。");
  await expect(page.getByLabel("正文")).toHaveValue("第一段。\n\n第二段。");
});
