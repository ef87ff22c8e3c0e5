import { readFileSync } from "node:fs";
import path from "node:path";
import { signIn } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-test";
import { randomOldDate, uniqueSuffix } from "../fixtures/database";

const SEED_PAGE = path.resolve(import.meta.dirname, "../../seeds/pages/002_6ac7b1a4b5ec4ac0.txt");

test("an editor pastes a page, corrects a headline and imports its articles as drafts", async ({ page, data }) => {
  const DATE = randomOldDate();
  await signIn(page, await data.createUser());
  await page.goto("/admin/import");
  await page.getByLabel("版面日期").fill(DATE);
  await page.getByLabel("粘贴版面文字（OCR）").fill(readFileSync(SEED_PAGE, "utf8"));
  await page.getByRole("button", { name: "解析" }).click();

  const review = page.getByRole("region", { name: "解析结果" });
  await expect(review).toContainText("识别出 3 篇");
  await expect(review.getByLabel("原始版面文字").locator("mark")).toHaveCount(3);
  const first = review.getByRole("article", { name: "第 1 篇" });
  const corrected = `测试导入-${uniqueSuffix()}`;
  await first.getByLabel("标题", { exact: true }).fill(corrected);

  await review.getByRole("button", { name: "全部存为草稿" }).click();
  await review.getByRole("button", { name: "导入（发布 0 篇）" }).click();
  await expect(review.getByRole("status")).toHaveText("版面已导入");
  const imported = review.getByRole("list", { name: "已导入的文章" }).getByRole("listitem");
  await expect(imported).toHaveCount(3);
  await expect(imported.first()).toHaveText(`${corrected}（草稿）`);

  await imported.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue(corrected);
  await expect(page.getByText("状态：草稿")).toBeVisible();
});
