import { expectNoInjectedMarkup, signIn, watchDialogs } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-test";
import { uniqueSuffix } from "../fixtures/database";

const PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)"];

test("markup saved in a title or body stays text for readers and editors", async ({ page, data }) => {
  const dialogs = await watchDialogs(page);
  const id = await data.createArticle({ title: `测试文章-${uniqueSuffix()}` });
  await signIn(page, await data.createUser());

  await page.goto(`/admin/articles/${id}`);
  const title = `${PAYLOADS[0]}${PAYLOADS[2]}`;
  await page.getByLabel("引题").fill(PAYLOADS[2]!);
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("副题").fill(PAYLOADS[1]!);
  await page.getByLabel("正文").fill(PAYLOADS.join("\n"));
  await page.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toContainText("已保存并发布");
  await expectNoInjectedMarkup(page);

  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  for (const payload of PAYLOADS) await expect(page.getByText(payload, { exact: true }).first()).toBeVisible();
  await expectNoInjectedMarkup(page);

  await page.goto(`/admin/articles/${id}/history`);
  await expect(page.getByText(title).first()).toBeVisible();
  await expectNoInjectedMarkup(page);

  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue(title);
  await expectNoInjectedMarkup(page);
  expect(dialogs).toEqual([]);
});
