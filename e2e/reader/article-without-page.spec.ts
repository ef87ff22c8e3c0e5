// Articles entered by editors have no OCR'd page. Publishing one changes the counts other reader
// specs check, so this spec runs on a server of its own (the admin specs' fixture).
import { expect, test } from "../fixtures/admin-test";
import { uniqueSuffix } from "../fixtures/database";

test("an article entered without a page has no 原文 link, no source page, and is cited by its own date", async ({ page, data }) => {
  const title = `测试文章-${uniqueSuffix()}`;
  const id = await data.createArticle({ title, status: "published", date: "1990-03-04" });

  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("region", { name: "引用本文" })).toContainText(`《${title}》，《永康日报》1990年3月4日。`);
  await expect(page.getByRole("link", { name: "原文" })).toHaveCount(0);

  const source = await page.goto(`/articles/${id}/source`);
  expect(source?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这篇文章的原文");

  const json = (await (await page.request.get(`/api/articles/${id}`)).json()) as { page: unknown; title: string };
  expect(json).toMatchObject({ title, page: null });
});
