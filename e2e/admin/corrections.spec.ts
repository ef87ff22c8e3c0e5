// Editors correct officials (a misprinted title, two spellings of one person) and topic rules,
// and readers see the result.
import { signIn } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-test";
import { uniqueSuffix } from "../fixtures/database";
import { nameOfficial, query, rareName } from "./support/people";

test("an editor fixes a misprinted title, is sent from rename to merge, merges two spellings and fixes one article's titles", async ({ page, data, adminServer }) => {
  const url = adminServer.databaseUrl;
  const [misspelt, correct] = [rareName(), rareName()];
  const first = await data.createArticle({ title: `测试文章-${uniqueSuffix()}`, status: "published" });
  const second = await data.createArticle({ title: `测试文章-${uniqueSuffix()}`, status: "published" });
  const misspeltId = await nameOfficial(url, { articleId: first, name: misspelt, titles: ["市委付书记", "市长"] });
  const correctId = await nameOfficial(url, { articleId: second, name: correct, titles: ["市委副书记", "市长"] });
  await signIn(page, await data.createUser("admin"));

  await page.goto(`/admin/officials?q=${encodeURIComponent(misspelt)}`);
  await page.getByRole("link", { name: misspelt, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(misspelt);

  const retitle = page.getByRole("form", { name: "批量修改职务" });
  await retitle.getByLabel("要改的职务").selectOption("市委付书记");
  await retitle.getByLabel("改为").fill("市委副书记");
  await retitle.getByRole("button", { name: "全部替换" }).click();
  await expect(retitle.getByRole("status")).toHaveText("已在 1 篇文章中把「市委付书记」改为「市委副书记」");

  const rename = page.getByRole("form", { name: "改名" });
  await rename.getByLabel("正确的姓名").fill(correct);
  await rename.getByRole("button", { name: "改名" }).click();
  await expect(rename.getByText(`「${correct}」已是另一位领导`)).toBeVisible();
  await rename.getByLabel("正确的姓名").fill("<b>x</b>");
  await rename.getByRole("button", { name: "改名" }).click();
  await expect(rename.getByText("领导姓名应为 2–6 个汉字")).toBeVisible();

  const merge = page.getByRole("form", { name: "合并" });
  await merge.getByLabel(`把「${misspelt}」并入`).fill(correct);
  await merge.getByRole("button", { name: "合并" }).click();
  await expect(merge.getByText("请确认这是同一个人")).toBeVisible();
  await merge.getByLabel("我确认这是同一个人").check();
  await merge.getByRole("button", { name: "合并" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/officials/${correctId}\\?merged=1$`));
  await expect(page.getByRole("status").filter({ hasText: "已合并" })).toBeVisible();
  await expect(page.getByText("2 篇文章", { exact: true })).toBeVisible();

  // One article's titles, edited in place.
  await expect(page.getByLabel(/^职务：测试文章/)).toHaveCount(2);
  const firstTitles = page.getByRole("row").filter({ has: page.getByLabel(/^职务：测试文章/) }).first();
  await firstTitles.getByLabel(/^职务：/).fill("市长、市委书记");
  await firstTitles.getByRole("button", { name: "保存职务" }).click();
  await expect(firstTitles.getByRole("status")).toHaveText(/^已保存（文章第 \d 版）$/);

  // Readers: one person, both articles; the old spelling is gone.
  await page.goto(`/officials/${encodeURIComponent(correct)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(correct);
  expect((await page.request.get(`/officials/${encodeURIComponent(misspelt)}`)).status()).toBe(404);
  const rows = await query<{ person_id: number; titles: string[] }>(url, "SELECT person_id, titles FROM article_officials WHERE article_id = ANY($1::int[]) ORDER BY article_id", [[first, second]]);
  expect(rows.map((row) => row.person_id)).toEqual([correctId, correctId]);
  expect(await query(url, "SELECT id FROM people WHERE id = $1", [misspeltId])).toEqual([]);

  // The merge is a new version of the article, by the editor, and it is in the audit log.
  await page.goto(`/admin/articles/${first}/history`);
  await expect(page.getByRole("list", { name: "版本列表" }).getByRole("heading", { level: 2 }).first()).toContainText(/第 [34] 版/);
  await page.goto("/admin/audit");
  await expect(page.getByRole("cell", { name: "合并领导" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "批量修改职务" }).first()).toBeVisible();
});

test("an editor corrects a topic's rules with field errors in Chinese, previews the effect, saves and re-runs them", async ({ page, data }) => {
  await signIn(page, await data.createUser());
  await page.goto("/admin/topics");
  await page.getByRole("link", { name: "城市更新", exact: true }).click();
  const form = page.getByRole("form", { name: "编辑主题" });
  const rows = form.getByRole("textbox", { name: /行关键词$/ });
  await expect(rows.first()).toHaveValue("城市更新");
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);

  await form.getByRole("button", { name: "添加关键词" }).click();
  await form.getByLabel(`第 ${count + 1} 行权重`).fill("11");
  await form.getByRole("button", { name: "添加关键词" }).click();
  await form.getByLabel(`第 ${count + 2} 行关键词`).fill("城市 更新");
  await expect(form.getByLabel(`第 ${count + 1} 行权重`)).toHaveValue("11");
  await expect(form.getByLabel(`第 ${count + 2} 行关键词`)).toHaveValue("城市 更新");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("alert")).toHaveText("请修正标出的字段");
  await expect(form.getByText("关键词不能为空；权重最大为 10")).toBeVisible();
  await expect(form.getByText("与第 1 行的关键词重复")).toBeVisible();
  await expect(form.getByLabel(`第 ${count + 2} 行关键词`)).toHaveValue("城市 更新");

  await form.getByLabel(`第 ${count + 1} 行关键词`).fill("除险保安");
  await form.getByLabel(`第 ${count + 1} 行权重`).fill("10");
  await form.getByRole("button", { name: `删除第 ${count + 2} 行` }).click();
  await form.getByRole("button", { name: "预览影响" }).click();
  await expect(form.getByRole("region", { name: "规则预览" }).getByRole("status")).toContainText(/新增 [1-9]\d* 篇/);
  await expect(form.getByRole("list", { name: "将新增的文章（举例）" }).getByRole("link").first()).toBeVisible();

  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await page.goto("/admin/topics");
  await page.getByRole("button", { name: "按规则重新分配" }).click();
  await expect(page.getByRole("status")).toContainText(/已按规则重新评分 \d+ 篇文章：新增 [1-9]\d* 项/);

  await page.goto("/topics/urban-renewal");
  await expect(page.getByRole("list", { name: "关键词及权重" })).toContainText("除险保安");
  await expect(page.getByRole("heading", { name: "群策群力 合力攻坚" }).first()).toBeVisible();
});
